// `feishu-chat-contract mock --event-url … --encrypt-key … --verification-token …` as a user runs it
// (the built CLI in a child process), driven over its HTTP control surface, delivering to a receiver.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createEventHandler } from '../src/events/index.js';
import { repoRoot } from './helpers/contract.js';
import { ENCRYPT_KEY, gate, serveNode, VERIFICATION_TOKEN } from './helpers/events.js';

test('the CLI mock delivers encrypted, signed events to --event-url when driven by POST /__mock/…, and never prints the secrets', async () => {
  const handler = createEventHandler({ encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN, onError: () => undefined });
  const disbanded = gate<string>();
  handler.on('im.chat.disbanded_v1', (envelope) => disbanded.open(envelope.header.token));
  const receiver = await serveNode((req, res) => void handler.node(req, res));
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/cli/main.js'), 'mock', '--port', '0', '--event-url', `${receiver.url}/events`, '--encrypt-key', ENCRYPT_KEY, '--verification-token', VERIFICATION_TOKEN], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /Mock Feishu listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && out.includes('Press Ctrl-C')) resolve(m[1]!);
      });
      child.stderr.on('data', (d) => (out += d));
      child.once('exit', () => reject(new Error(`mock exited:\n${out}`)));
    });
    const post = async (route: string, body: unknown) => (await fetch(`${url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<{ delivery: { ok?: boolean; state: string } }>;
    expect((await post('/__mock/events/verify-url', {})).delivery).toMatchObject({ ok: true });
    expect((await post('/__mock/events/emit', { eventType: 'im.chat.disbanded_v1' })).delivery.state).toBe('delivered');
    expect(await disbanded.promise).toBe(VERIFICATION_TOKEN);
    expect(out).toMatch(/Events: +delivered to http:\/\/127\.0\.0\.1:\d+\/events \(encrypted, signed\)/);
    expect(out).not.toContain(ENCRYPT_KEY);
    expect(out).not.toContain(VERIFICATION_TOKEN);
  } finally {
    child.kill('SIGTERM');
    await receiver.close();
  }
});

test('the CLI refuses an event flag without a value or a URL that is not http(s)', async () => {
  const run = (args: string[]) => new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/cli/main.js'), 'mock', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => resolve({ code, err }));
  });
  expect(await run(['--event-url', 'ftp://x'])).toMatchObject({ code: 2, err: expect.stringMatching(/--event-url must be an http\(s\) URL/) });
  expect(await run(['--encrypt-key'])).toMatchObject({ code: 2, err: expect.stringMatching(/--encrypt-key needs a value/) });
});
