// Issue 24 item 4: our client works against Prism's validating proxy for each operation. Prism 5.14.2
// (pinned) proxies the mock with the published bundle and `--errors`: a request that breaks the
// contract is answered 422 and never forwarded, an answer that breaks it 500 with `sl-violations`.
// Every operation of the table is driven through the client's convenience for it (or client.request
// where it has none), in one scenario over loopback, and the operations that reached the mock are
// compared with the whole table, so an operation added to spec/ without a case here fails.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../generated/operations.js';
import { createFeishuClient, getResponseMeta, type FeishuClient } from '../src/index.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';
import { serveFetchHandler } from '../src/mock/http.js';
import { errorCodes } from '../src/contract-facts.js';
import { startPrismProxy } from './helpers/prism.js';

const mock = createMockFeishu();
const botId = mock.state.dataset.users.find((u) => u.isBot)!.openId;
const people = mock.state.dataset.users.filter((u) => !u.isBot && !u.resigned && !u.invisible);
const groups = mock.state.dataset.chats.filter((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(botId));

/** Which operation a request is, from the table's methods and path templates. */
const routes = Object.values(operations).map((op) => ({
  id: op.operationId as OperationId,
  method: op.method.toUpperCase(),
  pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));
const operationOf = (method: string, pathname: string) => routes.find((r) => r.method === method && r.pattern.test(pathname))?.id;

/** What reached the mock through the proxy. */
const reachedMock: { operation: OperationId | undefined; body?: Uint8Array }[] = [];
/** When set, the upstream answers this operation with a body that breaks its response schema (a negative control). */
let breakAnswerOf: OperationId | undefined;

let upstream: { url: string; close: () => Promise<void> };
let tap: net.Server;
/** The raw bytes Prism sent upstream, chunk by chunk with their connection (read by the recorded-limit tests). */
const rawUpstream: { connection: number; data: Buffer }[] = [];
let connections = 0;
let prism: Awaited<ReturnType<typeof startPrismProxy>>;
let client: FeishuClient;

beforeAll(async () => {
  upstream = await serveFetchHandler(async (request) => {
    const operation = operationOf(request.method, new URL(request.url).pathname);
    const body = request.method === 'GET' ? undefined : new Uint8Array(await request.clone().arrayBuffer());
    reachedMock.push({ operation, body });
    const answer = await mock.fetch(request);
    if (operation && operation === breakAnswerOf) {
      return new Response(JSON.stringify({ code: 0, msg: 'success', data: { items: [{ message_id: 5 }] } }), { status: 200, headers: { 'content-type': 'application/json' } });
    }
    return answer;
  }, 0);
  // A TCP tap between Prism and the mock keeps the bytes Prism forwards, as evidence for the limits recorded below.
  tap = net.createServer((socket) => {
    const connection = connections++;
    const to = net.connect(Number(new URL(upstream.url).port), '127.0.0.1');
    socket.on('data', (data: Buffer) => {
      rawUpstream.push({ connection, data });
      to.write(data);
    });
    to.on('data', (d) => socket.write(d));
    socket.on('close', () => to.destroy());
    to.on('close', () => socket.destroy());
    socket.on('error', () => to.destroy());
    to.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => tap.listen(0, '127.0.0.1', resolve));
  prism = await startPrismProxy(`http://127.0.0.1:${(tap.address() as net.AddressInfo).port}`);
  // The default transport on Node (node:http), which sends a known length as Content-Length.
  client = createFeishuClient({ auth: demoApp, baseUrl: prism.url, retry: false });
}, 120_000);

afterAll(async () => {
  await prism?.stop();
  await new Promise((resolve) => tap?.close(resolve));
  await upstream?.close();
});

/** A GIF whose every byte is ASCII (64×64): Prism forwards it intact (see the multipart test below). */
const asciiGif = () => new TextEncoder().encode(`GIF89a${String.fromCharCode(64, 0, 64, 0)}${'x'.repeat(200)}`);
const card = (state: string) => ({ config: { update_multi: true }, header: { title: { tag: 'plain_text', content: 'Deploy?' } }, elements: [{ tag: 'div', text: { tag: 'plain_text', content: state } }] });

/**
 * One case per operation of the table, run in this order (later ones use what earlier ones made);
 * each resolves to the object the client answered. Typed by OperationId, so a new operation is a
 * type error here until it has its case.
 */
function scenario(c: FeishuClient) {
  const ctx: { messageId?: string; reactionId?: string; chatId?: string; imageKey?: string } = {};
  const keep = <T extends object>(result: T, save: (r: T) => void) => (save(result), result);
  const cases: Record<OperationId, () => Promise<object>> = {
    getTenantAccessToken: () => c.request('getTenantAccessToken', { body: { app_id: demoApp.appId, app_secret: demoApp.appSecret } }),
    getLongConnectionEndpoint: () => c.request('getLongConnectionEndpoint', { body: { AppID: demoApp.appId, AppSecret: demoApp.appSecret } }),
    listChats: () => c.chats.list({ page_size: 5 }),
    searchChats: () => c.chats.search({ query: 'design', page_size: 5 }),
    searchChatsV2: () => c.chats.searchV2({ query: 'design' }, { page_size: 5 }),
    getChat: () => c.chats.get(groups[0]!.chatId),
    listChatMembers: () => c.chats.members(groups[0]!.chatId).list({ page_size: 5 }),
    // chats.isInChat answers a boolean; the operation's data object carries the answer's meta.
    isInChat: () => c.request('isInChat', { path: { chat_id: groups[0]!.chatId } }),
    uploadImage: async () => keep(await c.images.upload(asciiGif(), { fileName: 'chart.gif' }), (r) => (ctx.imageKey = r.image_key)),
    uploadFile: () => c.files.upload(new TextEncoder().encode('%PDF-1.4\n% a text-only PDF body\n'), { fileType: 'pdf', fileName: 'report.pdf' }),
    createMessage: async () => keep(await c.messages.send({ receiveIdType: 'chat_id', receiveId: groups[1]!.chatId, msgType: 'interactive', content: card('waiting') as never }), (r) => (ctx.messageId = r.message_id)),
    replyMessage: () => c.messages.reply(ctx.messageId!, { msgType: 'image', content: { image_key: ctx.imageKey! }, uuid: 'prism-reply-1' }),
    patchMessage: () => c.messages.update(ctx.messageId!, card('approved')),
    updateCardByToken: () => c.cards.updateByToken(mock.state.cardTokens.issue(ctx.messageId!, demoApp.appId), card('done')),
    getMessage: () => c.messages.get(ctx.messageId!, { card_msg_content_type: 'user_card_content' }),
    listMessages: () => c.messages.list({ container_id_type: 'chat', container_id: groups[1]!.chatId, page_size: 20 }),
    createReaction: async () => keep(await c.messages.reactions(ctx.messageId!).add('Typing'), (r) => (ctx.reactionId = r.reaction_id)),
    listReactions: () => c.messages.reactions(ctx.messageId!).list({ reaction_type: 'Typing' }),
    deleteReaction: () => c.messages.reactions(ctx.messageId!).remove(ctx.reactionId!),
    createChat: async () => keep(await c.chats.create({ name: 'Through Prism', user_id_list: [people[0]!.openId] }, { uuid: 'prism-chat-1' }), (r) => (ctx.chatId = r.chat_id)),
    addChatMembers: () => c.chats.members(ctx.chatId!).add([people[1]!.openId, people[2]!.openId], { succeed_type: 1 }),
  };
  return { cases, ctx };
}

/** The Prism answer a result came from: its status and sl-violations header. */
function proxied(result: object): { status: number | undefined; violations: string | null | undefined } {
  const meta = getResponseMeta(result);
  return { status: meta?.status, violations: meta?.headers.get('sl-violations') };
}

describe('our client through Prism 5.14.2 validating the mock (every operation of the table)', () => {
  it('each operation succeeds through the proxy with no violation (no 422, no 500, no sl-violations header); the operations that reached the mock are the whole table', async () => {
    const { cases, ctx } = scenario(client);
    for (const [operationId, call] of Object.entries(cases)) {
      const before = reachedMock.length;
      const result = await call();
      expect(proxied(result), operationId).toEqual({ status: 200, violations: null });
      expect(reachedMock.slice(before).map((r) => r.operation), operationId).toContain(operationId);
    }
    const reached = new Set(reachedMock.map((r) => r.operation));
    expect([...reached].sort()).toEqual(Object.keys(operations).sort());
    // What the calls did is the mock's doing: the card was updated, the members added.
    expect(mock.state.messageStore.get(ctx.messageId!)?.message.updated).toBe(true);
    expect(mock.state.dataset.chats.find((chat) => chat.chatId === ctx.chatId)?.members).toEqual(expect.arrayContaining([people[1]!.openId, people[2]!.openId]));
  }, 120_000);

  it('the proxy validates answers too: an answer that breaks the response schema is a 500 with sl-violations naming the field, and the client fails', async () => {
    const sent = mock.state.messages.at(-1)!;
    const seen: { status: number; violations: string | null }[] = [];
    // The fetch transport, to read the problem answer's headers (the client refuses its body).
    const watching = createFeishuClient({
      auth: demoApp,
      baseUrl: prism.url,
      retry: false,
      fetch: async (request) => {
        const response = await fetch(request);
        seen.push({ status: response.status, violations: response.headers.get('sl-violations') });
        return response;
      },
    });
    breakAnswerOf = 'getMessage';
    try {
      await expect(watching.messages.get(sent.message_id)).rejects.toThrow(/HTTP 500/);
    } finally {
      breakAnswerOf = undefined;
    }
    const got = seen.at(-1)!;
    expect(got.status).toBe(500);
    expect(JSON.parse(got.violations!).map((v: { location: string[] }) => v.location.join('.'))).toContain('response.body.data.items.0.message_id');
  });

  it('multipart forms are validated by the proxy: a form without its binary part and with an image_type outside the enum is 422 and never forwarded', async () => {
    const token = [...mock.state.tenantTokens.keys()][0]!;
    const form = new FormData();
    form.set('image_type', 'bogus');
    const before = reachedMock.length;
    const r = await fetch(`${prism.url}${operations.uploadImage.path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    const problem = (await r.json()) as { validation: { location: string[]; code: string }[] };
    expect(r.status).toBe(422);
    expect(problem.validation.map((v) => `${v.location.join('.')} ${v.code}`)).toEqual(expect.arrayContaining(['body required', 'body.image_type enum']));
    expect(reachedMock.length).toBe(before);
  });

  // Limits of the pinned Prism (5.14.2) for uploads, recorded with the bytes it forwarded as
  // evidence. Uploads through Prism are therefore tested above with ASCII bytes (a GIF header, a
  // PDF) sent with a Content-Length; real images are tested against the mock directly
  // (test/uploads.test.ts) and through the official SDK (test/sdk-interop.test.ts).
  const forwardedUpload = (from: number) => {
    const byConnection = new Map<number, Buffer[]>();
    for (const { connection, data } of rawUpstream.slice(from)) byConnection.set(connection, [...(byConnection.get(connection) ?? []), data]);
    const line = `POST ${operations.uploadImage.path} `;
    const request = [...byConnection.values()].map((chunks) => Buffer.concat(chunks)).find((b) => b.includes(line));
    return request?.subarray(request.indexOf(line));
  };

  it('records Prism 5.14.2 forwarding a chunked upload with both Transfer-Encoding: chunked and a Content-Length, which the mock (Node\'s parser, RFC 9112 §6.1) refuses as malformed', async () => {
    const from = rawUpstream.length;
    const before = reachedMock.length;
    // The fetch transport streams a body as chunked (fetch may not set Content-Length).
    const streaming = createFeishuClient({ auth: demoApp, baseUrl: prism.url, retry: false, fetch: (request) => fetch(request) });
    await expect(streaming.images.upload(asciiGif(), { fileName: 'chunked.gif' })).rejects.toMatchObject({ code: errorCodes.invalidParameter.code });
    const forwarded = forwardedUpload(from)!;
    const head = forwarded.subarray(0, forwarded.indexOf('\r\n\r\n')).toString('latin1').toLowerCase();
    expect(head).toContain('transfer-encoding: chunked');
    expect(head).toMatch(/content-length: \d+/);
    expect(reachedMock.slice(before).map((r) => r.operation)).not.toContain('uploadImage');
  });

  it('records Prism 5.14.2 rewriting a non-UTF-8 binary part as text (PNG magic 0x89 → EF BF BD): binary uploads are not proxied byte-exact', async () => {
    const png = new Uint8Array(64);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const from = rawUpstream.length;
    await client.images.upload(png, { fileName: 'real.png' }).catch(() => undefined);
    const forwarded = forwardedUpload(from) ?? Buffer.alloc(0);
    expect(forwarded.includes(Buffer.from('image_type'))).toBe(true);
    expect(forwarded.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
    expect(forwarded.includes(Buffer.from([0xef, 0xbf, 0xbd, 0x50, 0x4e, 0x47]))).toBe(true);
  });
});
