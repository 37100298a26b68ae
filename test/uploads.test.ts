// Issue 24, multipart uploads: the client streams a body from bytes, a Blob or a stream (checked
// against the table's limits before and while sending, never retried), and the mock parses real
// multipart bodies as they stream in — refusing one over its limit by its code without reading it to
// the end, a malformed one with a Feishu error (never a crash) — and stores the keys that messages
// and cards may then name. Everything over loopback HTTP.
import http from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, FeishuContractError, type FeishuClient } from '../src/index.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';

const MB = 1024 * 1024;
/** A PNG header declaring `width`×`height`, padded to `size` bytes. */
function png(size: number, width = 64, height = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

let received: Record<string, number> = {};
let onBytes: (() => void) | undefined;
const mock = createMockFeishu({
  rateLimitPerSecond: 1000,
  onUploadBytes: (operationId, bytes) => {
    received[operationId] = (received[operationId] ?? 0) + bytes;
    onBytes?.();
  },
});
let server: Awaited<ReturnType<typeof mock.listen>>;
let client: FeishuClient;
let token = '';
const bot = mock.state.dataset.users.find((u) => u.isBot)!;
const chats = mock.state.dataset.chats.filter((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(bot.openId));
let chatIndex = 0;
const nextChat = () => chats[chatIndex++ % chats.length]!.chatId;

beforeAll(async () => {
  server = await mock.listen(0);
  client = createFeishuClient({ auth: demoApp, baseUrl: server.url });
  const res = await fetch(`${server.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
  token = ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
});
afterAll(() => server.close());

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error);

/**
 * Sends a multipart upload over raw HTTP, chunk by chunk with backpressure, and stops writing when the
 * answer comes: what was written, and the answer.
 */
function rawUpload(opts: { path: string; contentType: string; chunks: Iterable<Uint8Array>; contentLength?: number }): Promise<{ status: number; body: any; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = http.request(`${server.url}${opts.path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': opts.contentType, ...(opts.contentLength !== undefined && { 'content-length': String(opts.contentLength) }) } });
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        resolve({ status: res.statusCode!, body: JSON.parse(text), written });
        req.destroy();
      });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const it = opts.chunks[Symbol.iterator]();
    const pump = () => {
      for (;;) {
        if (answered) return;
        const next = it.next();
        if (next.done) return void req.end();
        written += next.value.byteLength;
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}
const formHead = (boundary: string, name: string, filename?: string) => new TextEncoder().encode(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n`);

describe('client uploads', () => {
  it('uploads an image from bytes and a file from a Node stream; the keys work in image, audio and card messages of this app, and the wrong message type or an unknown key is refused by its code', async () => {
    const { image_key } = await client.images.upload(png(2048));
    expect(image_key).toMatch(/^img_v2_/);
    expect((await client.messages.send({ receiveIdType: 'chat_id', receiveId: nextChat(), msgType: 'image', content: { image_key } })).msg_type).toBe('image');
    const card = { elements: [{ tag: 'img', img_key: image_key, alt: { tag: 'plain_text', content: 'x' } }] };
    expect((await client.messages.send({ receiveIdType: 'chat_id', receiveId: nextChat(), msgType: 'interactive', content: card as never })).msg_type).toBe('interactive');
    const unknownCard = await failure(client.messages.send({ receiveIdType: 'chat_id', receiveId: nextChat(), msgType: 'interactive', content: { elements: [{ tag: 'img', img_key: 'img_v2_nobody', alt: { tag: 'plain_text', content: 'x' } }] } as never }));
    expect(unknownCard).toMatchObject({ code: 230099 });
    expect((unknownCard as FeishuApiError).msg).toContain('ErrCode: 200570');
    expect(await failure(client.messages.send({ receiveIdType: 'chat_id', receiveId: nextChat(), msgType: 'image', content: { image_key: 'img_v2_nobody' } }))).toMatchObject({ code: 230017 });

    const { file_key } = await client.files.upload(Readable.from([new Uint8Array([0x4f, 0x67, 0x67, 0x53]), new Uint8Array(4000)]), { fileType: 'opus', fileName: 'voice.opus', durationMs: 3000 });
    expect(mock.state.uploads.get(file_key!)).toMatchObject({ kind: 'file', type: 'opus', fileName: 'voice.opus', size: 4004, owner: demoApp.appId });
    expect(await failure(client.messages.send({ receiveIdType: 'chat_id', receiveId: nextChat(), msgType: 'file', content: { file_key: file_key! } }))).toMatchObject({ code: 230055 });
    expect((await client.messages.send({ receiveIdType: 'chat_id', receiveId: nextChat(), msgType: 'audio', content: { file_key: file_key! } })).msg_type).toBe('audio');
  });

  it('refuses before sending: an image over 10 MB, an empty one, bytes of no image format, and a file_type the contract does not know — nothing reaches the mock', async () => {
    const before = mock.state.requests.get('/open-apis/im/v1/images') ?? 0;
    const tooBig = await failure(client.images.upload(png(10 * MB + 1)));
    expect(tooBig).toBeInstanceOf(FeishuContractError);
    expect(tooBig!.message).toMatch(/image must be at most 10485760 bytes/);
    expect(await failure(client.images.upload(new Uint8Array(0)))).toBeInstanceOf(FeishuContractError);
    const notImage = await failure(client.images.upload(new TextEncoder().encode('%PDF-1.7 not an image at all, padded past the signature bytes')));
    expect(notImage!.message).toContain('must be one of jpeg, png');
    expect(mock.state.requests.get('/open-apis/im/v1/images') ?? 0).toBe(before);
    expect(await failure(client.files.upload(new Uint8Array(10), { fileType: 'zip' as never, fileName: 'a.zip' }))).toBeInstanceOf(FeishuContractError);
  });

  it('a stream over the limit is stopped by the client as it flows (the part and rule named); an upload is never retried', async () => {
    async function* endless() {
      for (let i = 0; i < 1000; i++) yield i === 0 ? png(64 * 1024) : new Uint8Array(64 * 1024);
    }
    const error = await failure(client.images.upload(endless()));
    expect(error).toBeInstanceOf(FeishuContractError);
    expect((error as FeishuContractError).errors[0]).toMatchObject({ path: '/image', keyword: 'x-maxBytes' });

    // A rate-limited upload (429) is answered as it is: the client retries idempotent calls only.
    const limited = createMockFeishu({ rateLimitPerSecond: 1 });
    const limitedServer = await limited.listen(0);
    try {
      const retrying = createFeishuClient({ auth: demoApp, baseUrl: limitedServer.url, retry: { retries: 3, baseDelayMs: 1 } });
      await retrying.images.upload(png(100));
      const refused = await failure(retrying.images.upload(png(100)));
      expect(refused).toMatchObject({ code: 99991400 });
      expect(limited.state.requests.get('/open-apis/im/v1/images')).toBe(2);
    } finally {
      await limitedServer.close();
    }
  });

  it.each(['node', 'fetch'] as const)('a 10 MB image streams through the client (%s transport) and the mock: the mock parses its first bytes before the source has given its last chunk', async (transport) => {
    const streaming = createFeishuClient({ auth: demoApp, baseUrl: server.url, transport, ...(transport === 'fetch' && { fetch: (r: Request) => fetch(r) }) });
    const chunk = 64 * 1024;
    const total = 10 * MB;
    received = {};
    let producedLast = false;
    let mockHadBytesBeforeLast = false;
    const mockHasBytes = new Promise<void>((resolve) => (onBytes = resolve));
    async function* source() {
      for (let at = 0; at < total; at += chunk) {
        const last = at + chunk >= total;
        // Before giving the last chunk, wait for the mock to have parsed some of the file: a client
        // that buffered the body before sending would never get here (the test would time out).
        if (last) {
          await mockHasBytes;
          mockHadBytesBeforeLast = (received.uploadImage ?? 0) > 0;
          producedLast = true;
        }
        yield at === 0 ? png(chunk) : new Uint8Array(chunk);
      }
    }
    const { image_key } = await streaming.images.upload(source());
    onBytes = undefined;
    expect(producedLast).toBe(true);
    expect(mockHadBytesBeforeLast).toBe(true);
    expect(mock.state.uploads.get(image_key!)!.size).toBe(total);
    expect(received.uploadImage).toBe(total);
  }, 120_000);
});

describe('the mock reads multipart bodies as they stream in', () => {
  const boundary = 'b0undary';
  const type = `multipart/form-data; boundary=${boundary}`;
  const enc = { encode: (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer> };

  it('refuses a declared length over the limit at once (234006), having read none of the body', async () => {
    received = {};
    const head = enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="image_type"\r\n\r\nmessage\r\n`);
    function* chunks() {
      yield head;
      yield formHead(boundary, 'image', 'big.png');
      for (let i = 0; i < 640; i++) yield new Uint8Array(64 * 1024); // 40 MB
    }
    const answer = await rawUpload({ path: '/open-apis/im/v1/images', contentType: type, chunks: chunks(), contentLength: 40 * MB + 1000 });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(234006);
    expect(received.uploadImage ?? 0).toBe(0);
    expect(answer.written).toBeLessThan(40 * MB);
  });

  it('refuses a chunked body (no declared length) the moment its image passes 10 MB (234006), without reading it to its end', async () => {
    received = {};
    function* chunks() {
      yield enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="image_type"\r\n\r\nmessage\r\n`);
      yield formHead(boundary, 'image', 'big.png');
      yield png(64 * 1024);
      for (let i = 0; i < 640; i++) yield new Uint8Array(64 * 1024); // 40 MB more, never ending in time
    }
    const answer = await rawUpload({ path: '/open-apis/im/v1/images', contentType: type, chunks: chunks() });
    expect(answer.body.code).toBe(234006);
    expect(received.uploadImage).toBeGreaterThan(10 * MB);
    expect(received.uploadImage).toBeLessThan(11 * MB);
    expect(answer.written).toBeLessThan(40 * MB);
    // The mock still answers.
    expect((await client.images.upload(png(100))).image_key).toMatch(/^img_v2_/);
  });

  it('answers malformed bodies with 234001 and an error naming what is wrong, never a crash: no boundary, a body cut short, an unknown part, a repeated part', async () => {
    const cases: [string, string, Uint8Array<ArrayBuffer>][] = [
      ['no boundary', 'multipart/form-data', enc.encode('whatever')],
      ['cut short', type, enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="image_type"\r\n\r\nmess`)],
      ['unknown file part', type, enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="x"\r\n\r\nabc\r\n--${boundary}--\r\n`)],
      ['repeated part', type, enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="image_type"\r\n\r\nmessage\r\n--${boundary}\r\ncontent-disposition: form-data; name="image_type"\r\n\r\navatar\r\n--${boundary}--\r\n`)],
      ['not multipart', 'application/json', enc.encode('{"image_type":"message"}')],
    ];
    for (const [what, contentType, body] of cases) {
      const res = await fetch(`${server.url}/open-apis/im/v1/images`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
      const answer = (await res.json()) as { code: number; error: { field_violations?: { description: string }[] } };
      expect(answer.code, what).toBe(234001);
      expect(res.status, what).toBe(400);
    }
    expect((await client.images.upload(png(100))).image_key).toMatch(/^img_v2_/);
  });

  it('checks the form against the contract: a missing image_type 234001 naming it, an empty image 234010, bytes of no image format 234011, too many pixels 234039 (12000 for a PNG, 4096 for an avatar); no token is HTTP 401 234002', async () => {
    const send = (parts: Record<string, string | Blob>, auth = true) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(parts)) form.set(k, v);
      return fetch(`${server.url}/open-apis/im/v1/images`, { method: 'POST', headers: auth ? { authorization: `Bearer ${token}` } : {}, body: form }).then(async (r) => ({ status: r.status, ...((await r.json()) as { code: number; error?: { field_violations?: { field: string }[] } }) }));
    };
    const missing = await send({ image: new Blob([png(100)]) });
    expect(missing.code).toBe(234001);
    expect(missing.error?.field_violations?.map((v) => v.field)).toContain('image_type');
    expect((await send({ image_type: 'message', image: new Blob([]) })).code).toBe(234010);
    expect((await send({ image_type: 'message', image: new Blob(['GIF? no, plain text']) })).code).toBe(234011);
    expect((await send({ image_type: 'message', image: new Blob([png(100, 12001, 10)]) })).code).toBe(234039);
    expect((await send({ image_type: 'message', image: new Blob([png(100, 5000, 5000)]) })).code).toBe(0);
    expect((await send({ image_type: 'avatar', image: new Blob([png(100, 5000, 5000)]) })).code).toBe(234039);
    expect(await send({ image_type: 'message', image: new Blob([png(100)]) }, false)).toMatchObject({ status: 401, code: 234002 });
  });
});
