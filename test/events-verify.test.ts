// verifyEvent, signEvent, encryptEvent/decryptEvent: the platform's formulas (checked against an
// independent node:crypto implementation of the Go/Python SDKs' documented formula, and the official
// Node SDK's cipher), and every refusal with its reason and no secret in its message.
import crypto from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { describe, expect, test } from 'vitest';
import { decryptEvent, encryptEvent, FeishuError, isEventOf, FeishuEventError, signEvent, signLegacyCardAction, verifyEvent } from '../src/events/index.js';
import { ENCRYPT_KEY, platformRequest, receiveEnvelope, VERIFICATION_TOKEN } from './helpers/events.js';

const options = { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN };

/** The Go/Python SDKs' formula, written independently: hex(sha256(timestamp + nonce + key + raw body bytes)). */
function goPythonSignature(timestamp: string, nonce: string, key: string, body: Buffer) {
  return crypto.createHash('sha256').update(Buffer.concat([Buffer.from(timestamp + nonce + key, 'utf8'), body])).digest('hex');
}
/** The Go encrypter (core/utils.go): random IV first, AES-256-CBC with key sha256(secret), PKCS#7, base64. */
function goEncrypt(plaintext: string, key: string) {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', crypto.createHash('sha256').update(key).digest(), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

/** Expects a refusal with `reason`, whose message holds none of the secrets. */
async function refused(promise: Promise<unknown>, reason: string) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeishuEventError);
  expect(error).toBeInstanceOf(FeishuError);
  expect((error as FeishuEventError).reason).toBe(reason);
  for (const secret of [ENCRYPT_KEY, VERIFICATION_TOKEN]) expect(String((error as Error).message)).not.toContain(secret);
  return error as FeishuEventError;
}

describe('the platform formulas', () => {
  test('a request built per the Go/Python SDK formula (raw body bytes, non-ASCII content) verifies and decrypts', async () => {
    const envelope = receiveEnvelope();
    (envelope.event.message as { content: string }).content = JSON.stringify({ text: '你好 ✓ hello' });
    const body = Buffer.from(JSON.stringify({ encrypt: goEncrypt(JSON.stringify(envelope), ENCRYPT_KEY) }));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = { 'X-Lark-Request-Timestamp': timestamp, 'X-Lark-Request-Nonce': '13579', 'X-Lark-Signature': goPythonSignature(timestamp, '13579', ENCRYPT_KEY, body) };
    const result = await verifyEvent({ body: new Uint8Array(body), headers }, options);
    expect(result).toMatchObject({ kind: 'event', schema: '2.0', eventType: 'im.message.receive_v1', eventId: envelope.header.event_id });
    expect(isEventOf(result, 'im.message.receive_v1')).toBe(true);
    if (isEventOf(result, 'im.message.receive_v1')) expect(JSON.parse(result.envelope.event.message.content)).toEqual({ text: '你好 ✓ hello' });
    // The same bytes as a string verify too.
    await expect(verifyEvent({ body: body.toString('utf8'), headers }, options)).resolves.toMatchObject({ kind: 'event' });
  });

  test('signEvent and signLegacyCardAction compute the documented SHA-256 and SHA-1 formulas', async () => {
    const body = '{"encrypt":"abc"}';
    expect(await signEvent({ timestamp: '1', nonce: 'n', encryptKey: 'k', body })).toBe(goPythonSignature('1', 'n', 'k', Buffer.from(body)));
    expect(await signLegacyCardAction({ timestamp: '1', nonce: 'n', verificationToken: 'v', body })).toBe(crypto.createHash('sha1').update(`1nv${body}`).digest('hex'));
  });

  test("encryptEvent's output decrypts with the official Node SDK's AESCipher, and decryptEvent reads the Go encrypter's", async () => {
    const plaintext = JSON.stringify(receiveEnvelope());
    const sealed = await encryptEvent(plaintext, ENCRYPT_KEY);
    expect(new (lark as unknown as { AESCipher: new (k: string) => { decrypt(s: string): string } }).AESCipher(ENCRYPT_KEY).decrypt(sealed)).toBe(plaintext);
    expect(await decryptEvent(goEncrypt(plaintext, ENCRYPT_KEY), ENCRYPT_KEY)).toBe(plaintext);
    // A random IV: two encryptions of one plaintext differ.
    expect(await encryptEvent(plaintext, ENCRYPT_KEY)).not.toBe(sealed);
  });
});

describe('the encrypted body read without JSON.parse ({"encrypt":"…"} exactly) and every other spelling of it', () => {
  const sealedOf = (plaintext: string) => goEncrypt(plaintext, ENCRYPT_KEY);
  const signed = (body: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    return { body, headers: { 'X-Lark-Request-Timestamp': timestamp, 'X-Lark-Request-Nonce': 'n', 'X-Lark-Signature': goPythonSignature(timestamp, 'n', ENCRYPT_KEY, Buffer.from(body)) } };
  };
  test('spaces, a JSON escape (\\/ for /) and a second field all verify as the compact body does', async () => {
    const envelope = receiveEnvelope();
    let sealed = sealedOf(JSON.stringify(envelope));
    while (!sealed.includes('/')) sealed = sealedOf(JSON.stringify(envelope));
    for (const body of [`{"encrypt":"${sealed}"}`, `{ "encrypt" : "${sealed}" }\n`, `{"encrypt":"${sealed.replaceAll('/', '\\/')}"}`, `{"encrypt":"${sealed}","extra":1}`]) {
      await expect(verifyEvent(signed(body), options), body.slice(0, 30)).resolves.toMatchObject({ kind: 'event', eventId: envelope.header.event_id });
    }
  });
  test('a control character or a character outside base64 in the field is refused as before (not JSON / not base64)', async () => {
    const sealed = sealedOf(JSON.stringify(receiveEnvelope()));
    await refused(verifyEvent(signed(`{"encrypt":"${sealed.slice(0, 10)}\t${sealed.slice(10)}"}`), options), 'body');
    await refused(verifyEvent(signed(`{"encrypt":"${sealed.slice(0, 10)}*${sealed.slice(10)}"}`), options), 'decrypt');
    await refused(verifyEvent(signed(`{"encrypt":"${sealed.slice(0, 10)}=${sealed.slice(10)}"}`), options), 'decrypt');
  });
});

describe('what verifyEvent answers', () => {
  test('the plaintext challenge (unsigned), and the encrypted one, answer kind challenge', async () => {
    const challenge = { challenge: 'ajls384kdjx98XX', token: VERIFICATION_TOKEN, type: 'url_verification' };
    await expect(verifyEvent({ body: JSON.stringify(challenge), headers: {} }, { verificationToken: VERIFICATION_TOKEN })).resolves.toMatchObject({ kind: 'challenge', challenge: 'ajls384kdjx98XX' });
    const encrypted = JSON.stringify({ encrypt: await encryptEvent(JSON.stringify(challenge), ENCRYPT_KEY) });
    await expect(verifyEvent({ body: encrypted, headers: {} }, options)).resolves.toMatchObject({ kind: 'challenge', challenge: 'ajls384kdjx98XX' });
  });

  test('a card.action.trigger is a new-style card action; a flat legacy callback signed with SHA-1 is a legacy one', async () => {
    const card = {
      schema: '2.0',
      header: { event_id: 'f7984f25108f8137722bb63cee927e66', event_type: 'card.action.trigger', create_time: '1603977298000000', token: VERIFICATION_TOKEN, app_id: 'cli_a1b2c3', tenant_key: '736588c9260f175d' },
      event: { operator: { tenant_key: '736588c9260f175d', user_id: 'e33ggbyz', open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, token: 'c-295ee57216a5dc9de90fefd0aadb4b1d7d337fc7', action: { value: { key: 'value' }, tag: 'button' }, host: 'im_message', context: { open_message_id: 'om_xxx', open_chat_id: 'oc_xxx' } },
    };
    await expect(verifyEvent(await platformRequest(card), options)).resolves.toMatchObject({ kind: 'cardAction', legacy: false });
    const legacy = JSON.stringify({ open_id: 'ou_84aad35d084aa403a838cf73ee18467', user_id: 'e33ggbyz', open_message_id: 'om_xxx', open_chat_id: 'oc_xxx', tenant_key: '736588c9260f175d', token: 'c-xxx', action: { value: { key: 'value' }, tag: 'button' } });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = await signLegacyCardAction({ timestamp, nonce: 'n1', verificationToken: VERIFICATION_TOKEN, body: legacy });
    const headers = { 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': 'n1', 'x-lark-signature': signature };
    await expect(verifyEvent({ body: legacy, headers }, options)).resolves.toMatchObject({ kind: 'cardAction', legacy: true });
    // The event scheme's signature over a legacy body is the wrong scheme: refused.
    const eventSigned = await signEvent({ timestamp, nonce: 'n1', encryptKey: ENCRYPT_KEY, body: legacy });
    await refused(verifyEvent({ body: legacy, headers: { ...headers, 'x-lark-signature': eventSigned } }, options), 'signature');
  });

  test('a schema 1.0 event is kind event, schema 1.0, typed by event.type, id uuid', async () => {
    const v1 = { uuid: '41b5f371157e3f4ab6b3eb3ca0ab2f03', token: VERIFICATION_TOKEN, ts: '1550038209.428520', type: 'event_callback', event: { type: 'p2p_chat_create', app_id: 'cli_xxx', tenant_key: '736588c9260f175d', chat_id: 'oc_xxx', operator: { open_id: 'ou_xxx', user_id: 'xxx' }, user: { name: '张三', open_id: 'ou_xxx', user_id: 'xxx' } } };
    await expect(verifyEvent(await platformRequest(v1), options)).resolves.toMatchObject({ kind: 'event', schema: '1.0', eventType: 'p2p_chat_create', eventId: v1.uuid });
  });
});

describe('refusals, each with its reason and no secret', () => {
  test('a parsed object body is refused saying why (reason body)', async () => {
    const error = await refused(verifyEvent({ body: receiveEnvelope() as never, headers: {} }, options), 'body');
    expect(error.message).toMatch(/raw request body/);
    expect(error.message).toMatch(/parsed object/);
  });

  test('a tampered body (one byte changed after signing) is refused: signature', async () => {
    const request = await platformRequest(receiveEnvelope());
    const tampered = request.body.replace(/"encrypt":"(.)/, (_, c: string) => `"encrypt":"${c === 'A' ? 'B' : 'A'}`);
    await refused(verifyEvent({ body: tampered, headers: request.headers }, options), 'signature');
  });

  test('a request encrypted and signed with another key is refused: signature; decrypting it with ours: decrypt', async () => {
    const request = await platformRequest(receiveEnvelope(), { encryptKey: 'another-apps-key' });
    await refused(verifyEvent(request, options), 'signature');
    await refused(decryptEvent(JSON.parse(request.body).encrypt, ENCRYPT_KEY), 'decrypt');
  });

  test('a stale timestamp (301 s old) and a future one (301 s ahead) are refused: timestamp; 300 s either way passes', async () => {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    await refused(verifyEvent(await platformRequest(receiveEnvelope(), { timestamp: second - 301 }), { ...options, now }), 'timestamp');
    await refused(verifyEvent(await platformRequest(receiveEnvelope(), { timestamp: second + 301 }), { ...options, now }), 'timestamp');
    await expect(verifyEvent(await platformRequest(receiveEnvelope(), { timestamp: second - 300 }), { ...options, now })).resolves.toMatchObject({ kind: 'event' });
    await expect(verifyEvent(await platformRequest(receiveEnvelope(), { timestamp: second + 300 }), { ...options, now })).resolves.toMatchObject({ kind: 'event' });
    await refused(verifyEvent(await platformRequest(receiveEnvelope(), { timestamp: second - 61 }), { ...options, now, toleranceSeconds: 60 }), 'timestamp');
  });

  test('a wrong Verification Token in header.token is refused: token (signed with the right key)', async () => {
    await refused(verifyEvent(await platformRequest(receiveEnvelope({ token: 'not-the-token' })), options), 'token');
  });

  test('an unsigned plaintext event is refused with only a token configured when the token is wrong, accepted when right', async () => {
    const wrong = JSON.stringify(receiveEnvelope({ token: 'not-the-token' }));
    await refused(verifyEvent({ body: wrong, headers: {} }, { verificationToken: VERIFICATION_TOKEN }), 'token');
    await expect(verifyEvent({ body: JSON.stringify(receiveEnvelope()), headers: {} }, { verificationToken: VERIFICATION_TOKEN })).resolves.toMatchObject({ kind: 'event' });
  });

  test('with an Encrypt Key, an event without signature headers is refused: signature (only the challenge comes unsigned)', async () => {
    const request = await platformRequest(receiveEnvelope());
    await refused(verifyEvent({ body: request.body, headers: { 'content-type': 'application/json' } }, options), 'signature');
  });

  test('a truncated ciphertext and a bad PKCS#7 padding are refused: decrypt', async () => {
    const sealed = await encryptEvent(JSON.stringify(receiveEnvelope()), ENCRYPT_KEY);
    const bytes = Buffer.from(sealed, 'base64');
    // Truncated to a non-block length, and to whole blocks (its padding block gone).
    await refused(decryptEvent(bytes.subarray(0, bytes.length - 5).toString('base64'), ENCRYPT_KEY), 'decrypt');
    const lastBlockGone = bytes.subarray(0, bytes.length - 16);
    const padding = await decryptEvent(lastBlockGone.toString('base64'), ENCRYPT_KEY).then(() => 'accepted', (e: FeishuEventError) => e.reason);
    expect(padding).toBe('decrypt');
    // A block whose padding bytes are wrong: encrypt plaintext ending in 0x05 0x03 with no padding.
    const key = crypto.createHash('sha256').update(ENCRYPT_KEY).digest();
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const bad = Buffer.concat([iv, cipher.update(Buffer.from('{"a":1}\u0000\u0000\u0000\u0000\u0000\u0000\u0005\u0003\u0003')), cipher.final()]);
    await refused(decryptEvent(bad.toString('base64'), ENCRYPT_KEY), 'decrypt');
    // And through verifyEvent, signed (so the signature passes and the cipher is reached).
    const body = JSON.stringify({ encrypt: bad.toString('base64') });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = await signEvent({ timestamp, nonce: 'n', encryptKey: ENCRYPT_KEY, body });
    await refused(verifyEvent({ body, headers: { 'x-lark-request-timestamp': timestamp, 'x-lark-request-nonce': 'n', 'x-lark-signature': signature } }, options), 'decrypt');
  });

  test('an encrypted body with no encryptKey configured is refused: decrypt', async () => {
    await refused(verifyEvent(await platformRequest(receiveEnvelope()), { verificationToken: VERIFICATION_TOKEN }), 'decrypt');
  });

  test('an envelope breaking its schema (message_id missing) is refused: schema, naming the field', async () => {
    const envelope = receiveEnvelope();
    delete (envelope.event.message as { message_id?: string }).message_id;
    const error = await refused(verifyEvent(await platformRequest(envelope), options), 'schema');
    expect(error.message).toMatch(/message_id/);
    expect(error.eventType).toBe('im.message.receive_v1');
  });

  test('bodies that are not JSON, not UTF-8, or none of the shapes are refused: body', async () => {
    await refused(verifyEvent({ body: '{"encrypt":', headers: {} }, options), 'body');
    await refused(verifyEvent({ body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: {} }, options), 'body');
    await refused(verifyEvent({ body: '{"hello":"world"}', headers: {} }, { verificationToken: VERIFICATION_TOKEN }), 'body');
  });

  test('no encryptKey and no verificationToken: refused before reading anything (nothing could be verified)', async () => {
    await expect(verifyEvent({ body: '{}', headers: {} }, {})).rejects.toThrow(/encryptKey or a verificationToken/);
  });
});
