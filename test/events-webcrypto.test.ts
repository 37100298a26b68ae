// The receiver without Node: with process.getBuiltinModule and Buffer hidden while it loads (as on
// Deno without Node compatibility, or an edge runtime), it runs on WebCrypto and plain JS base64 —
// and agrees byte for byte with the node:crypto path. Its sources import no Node built-in.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import * as withNode from '../src/events/index.js';
import { repoRoot } from './helpers/contract.js';
import { ENCRYPT_KEY, platformRequest, receiveEnvelope, VERIFICATION_TOKEN } from './helpers/events.js';

async function loadWithoutNode(): Promise<typeof withNode> {
  vi.resetModules();
  const proc = process as { getBuiltinModule?: unknown };
  const saved = { getBuiltinModule: proc.getBuiltinModule, Buffer: globalThis.Buffer };
  proc.getBuiltinModule = undefined;
  (globalThis as { Buffer?: unknown }).Buffer = undefined;
  try {
    return await import('../src/events/index.js');
  } finally {
    proc.getBuiltinModule = saved.getBuiltinModule;
    globalThis.Buffer = saved.Buffer;
  }
}

test('on WebCrypto alone: encrypt, decrypt, sign and verify agree with the node:crypto path; bad padding still refused', async () => {
  const web = await loadWithoutNode();
  expect(web.verifyEvent).not.toBe(withNode.verifyEvent);
  const plaintext = JSON.stringify(receiveEnvelope());
  expect(await web.decryptEvent(await withNode.encryptEvent(plaintext, ENCRYPT_KEY), ENCRYPT_KEY)).toBe(plaintext);
  expect(await withNode.decryptEvent(await web.encryptEvent(plaintext, ENCRYPT_KEY), ENCRYPT_KEY)).toBe(plaintext);
  const input = { timestamp: '1700000000', nonce: 'n', encryptKey: ENCRYPT_KEY, body: '{"encrypt":"x"}' };
  expect(await web.signEvent(input)).toBe(await withNode.signEvent(input));
  const request = await platformRequest(receiveEnvelope());
  await expect(web.verifyEvent(request, { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN })).resolves.toMatchObject({ kind: 'event', eventType: 'im.message.receive_v1' });
  const sealed = Buffer.from(await withNode.encryptEvent(plaintext, ENCRYPT_KEY), 'base64');
  await expect(web.decryptEvent(sealed.subarray(0, sealed.length - 16).toString('base64'), ENCRYPT_KEY)).rejects.toMatchObject({ reason: 'decrypt' });
  await expect(web.decryptEvent('not base64!', ENCRYPT_KEY)).rejects.toMatchObject({ reason: 'decrypt' });
});

test('src/events imports no Node built-in statically', () => {
  const dir = path.join(repoRoot, 'src/events');
  for (const file of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(text, file).not.toMatch(/from ['"]node:|import\(['"]node:|require\(['"]node:/);
  }
});
