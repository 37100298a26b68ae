// createEventHandler behind real loopback servers — node:http with handler.node, and a fetch server
// with handler.fetch: the challenge, ack-first, dedup, card answers and deadlines, the HTTP refusals.
import http from 'node:http';
import { describe, expect, test } from 'vitest';
import { createEventHandler, encryptEvent, isLegacyCardAction, MemoryDedupStore, type ErrorContext, type LateAnswer } from '../src/events/index.js';
import { ENCRYPT_KEY, gate, handlerServers, platformRequest, post, receiveEnvelope, serveNode, VERIFICATION_TOKEN } from './helpers/events.js';

const secrets = { encryptKey: ENCRYPT_KEY, verificationToken: VERIFICATION_TOKEN };
const servers = handlerServers();

function quietHandler(extra: Parameters<typeof createEventHandler>[0] = {}) {
  const errors: { error: unknown; context: ErrorContext }[] = [];
  const late: LateAnswer[] = [];
  const handler = createEventHandler({ ...secrets, onError: (error, context) => errors.push({ error, context }), onLate: (l) => late.push(l), ...extra });
  return { handler, errors, late };
}

const cardEnvelope = (eventId = `card-${Math.random().toString(16).slice(2)}`) => ({
  schema: '2.0',
  header: { event_id: eventId, event_type: 'card.action.trigger', create_time: String(Date.now()), token: VERIFICATION_TOKEN, app_id: 'cli_a1b2c3', tenant_key: '736588c9260f175d' },
  event: { operator: { tenant_key: '736588c9260f175d', open_id: 'ou_84aad35d084aa403a838cf73ee18467' }, token: 'c-295ee57216a5dc9de90fefd0aadb4b1d7d337fc7', action: { value: { vote: 'yes' }, tag: 'button' }, host: 'im_message', context: { open_message_id: 'om_x', open_chat_id: 'oc_x' } },
});

describe.each(['node', 'fetch'] as const)('behind the %s adapter', (adapter) => {
  test('the encrypted challenge is answered by the handler itself', async () => {
    const { handler } = quietHandler();
    const url = (await servers(handler))[adapter];
    const body = JSON.stringify({ encrypt: await encryptEvent(JSON.stringify({ challenge: 'c-123', token: VERIFICATION_TOKEN, type: 'url_verification' }), ENCRYPT_KEY) });
    const answer = await post(url, { body, headers: { 'content-type': 'application/json' } });
    expect(answer).toMatchObject({ status: 200, body: { challenge: 'c-123' } });
  });

  test('a slow (10 s) handler does not delay the 200: it arrives while the handler is still pending', async () => {
    const { handler } = quietHandler();
    const started = gate();
    let finished = false;
    handler.on('im.message.receive_v1', async (envelope) => {
      expect(envelope.event.message.chat_id).toBe('oc_5ce6d572455d361153b7xx51da133945');
      started.open();
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      finished = true;
    });
    const url = (await servers(handler))[adapter];
    const answer = await post(url, await platformRequest(receiveEnvelope()));
    expect(answer).toMatchObject({ status: 200, body: { msg: 'success' } });
    await started.promise;
    expect(finished).toBe(false);
  });

  test('a duplicate delivery (same event_id), and a redelivery with a new event_id but the same message_id, never run the handler twice', async () => {
    const { handler } = quietHandler();
    const seen: string[] = [];
    handler.on('im.message.receive_v1', (envelope) => void seen.push(envelope.header.event_id));
    const url = (await servers(handler))[adapter];
    const envelope = receiveEnvelope();
    const first = await post(url, await platformRequest(envelope));
    const again = await post(url, await platformRequest(envelope));
    const sameMessage = await post(url, await platformRequest(receiveEnvelope({ messageId: envelope.event.message.message_id })));
    expect([first.status, again.status, sameMessage.status]).toEqual([200, 200, 200]);
    await handler.settled();
    expect(seen).toEqual([envelope.header.event_id]);
  });

  test('a card action answer is validated and becomes the answer; an invalid one is replaced by {} and reported', async () => {
    const { handler, errors } = quietHandler();
    let answer: unknown = { toast: { type: 'success', content: 'Voted' }, card: { type: 'raw', data: { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'Thanks' } }] } } };
    handler.onCardAction((envelope) => {
      expect(!isLegacyCardAction(envelope) && envelope.event.action.value).toEqual({ vote: 'yes' });
      return answer as never;
    });
    const url = (await servers(handler))[adapter];
    const good = await post(url, await platformRequest(cardEnvelope()));
    expect(good).toMatchObject({ status: 200, body: answer as object });
    answer = { toast: { type: 'shout', content: 42 } };
    const bad = await post(url, await platformRequest(cardEnvelope()));
    expect(bad).toMatchObject({ status: 200, body: {} });
    expect(errors.map((e) => e.context.phase)).toContain('answer');
  });

  test('a card handler slower than cardActionDeadlineMs gets {} answered for it, and onLate says to use the delayed update', async () => {
    const { handler, late } = quietHandler({ cardActionDeadlineMs: 50 });
    const release = gate<{ card: unknown }>();
    handler.onCardAction(() => release.promise as never);
    const url = (await servers(handler))[adapter];
    const answer = await post(url, await platformRequest(cardEnvelope()));
    expect(answer).toMatchObject({ status: 200, body: {} });
    expect(late).toHaveLength(1);
    expect(late[0]!.message).toMatch(/delayed update/);
    release.open({ card: { type: 'raw', data: {} } });
    await expect(late[0]!.result).resolves.toEqual({ card: { type: 'raw', data: {} } });
  });

  test("ack: 'after-handler' answers 500 when the handler throws, and the redelivery runs it again", async () => {
    const { handler, errors } = quietHandler({ ack: 'after-handler' });
    let calls = 0;
    handler.on('im.message.receive_v1', () => {
      calls += 1;
      if (calls === 1) throw new Error('database down');
    });
    const url = (await servers(handler))[adapter];
    const envelope = receiveEnvelope();
    expect((await post(url, await platformRequest(envelope))).status).toBe(500);
    expect((await post(url, await platformRequest(envelope))).status).toBe(200);
    expect(calls).toBe(2);
    expect(errors[0]!.context).toMatchObject({ phase: 'handler', status: 500 });
  });

  test("ack: 'after-handler' answers 200 at handlerDeadlineMs while the handler still runs, and onLate hears of it", async () => {
    const { handler, late } = quietHandler({ ack: 'after-handler', handlerDeadlineMs: 50 });
    const release = gate();
    let finished = false;
    handler.on('im.message.receive_v1', async () => {
      await release.promise;
      finished = true;
    });
    const url = (await servers(handler))[adapter];
    expect((await post(url, await platformRequest(receiveEnvelope()))).status).toBe(200);
    expect(finished).toBe(false);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ kind: 'event', eventType: 'im.message.receive_v1', deadlineMs: 50 });
    release.open();
    await late[0]!.result;
    expect(finished).toBe(true);
  });

  test('refusals: 405, 415, 413, 400, 401 — Feishu-style JSON, nothing secret in them', async () => {
    const { handler } = quietHandler({ maxBodyBytes: 4096 });
    const url = (await servers(handler))[adapter];
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const answers = [
      await post(url, { body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      await post(url, { body: JSON.stringify({ encrypt: 'A'.repeat(5000) }), headers: { 'content-type': 'application/json' } }),
      await post(url, { body: '{not json', headers: { 'content-type': 'application/json' } }),
      await post(url, { ...(await platformRequest(receiveEnvelope(), { encryptKey: 'another-apps-key' })) }),
    ];
    expect(answers.map((a) => a.status)).toEqual([415, 413, 400, 401]);
    for (const a of [...answers, { text: await get.text() }]) {
      const body = JSON.parse(a.text) as { code: number; msg: string };
      expect(typeof body.code).toBe('number');
      expect(typeof body.msg).toBe('string');
      for (const secret of [ENCRYPT_KEY, VERIFICATION_TOKEN]) expect(a.text).not.toContain(secret);
    }
  });
});

describe('the node adapter and body parsers', () => {
  test('after a body parser consumed the stream (req.body parsed), it refuses, saying so; a raw req.body (express.raw) works', async () => {
    const { handler, errors } = quietHandler();
    const seen: string[] = [];
    handler.on('im.message.receive_v1', (envelope) => void seen.push(envelope.header.event_id));
    const withParser = (raw: boolean): http.RequestListener => (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks);
        (req as unknown as { body: unknown }).body = raw ? text : JSON.parse(text.toString('utf8'));
        void handler.node(req, res);
      });
    };
    const parsed = await serveNode(withParser(false));
    const rawServer = await serveNode(withParser(true));
    try {
      const refused = await post(parsed.url, await platformRequest(receiveEnvelope()));
      expect(refused.status).toBe(500);
      expect(String(refused.body.msg)).toMatch(/already parsed by a body parser/);
      expect(errors).toHaveLength(1);
      const envelope = receiveEnvelope();
      expect((await post(rawServer.url, await platformRequest(envelope))).status).toBe(200);
      await handler.settled();
      expect(seen).toEqual([envelope.header.event_id]);
    } finally {
      await parsed.close();
      await rawServer.close();
    }
  });
});

describe('the dedup store', () => {
  test('is bounded in count and in bytes, the oldest evicted first', () => {
    const byCount = new MemoryDedupStore({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) byCount.add(`/header/event_id ${i}`);
    expect(byCount.size).toBe(100);
    expect(byCount.has('/header/event_id 999')).toBe(true);
    expect(byCount.has('/header/event_id 0')).toBe(false);
    const byBytes = new MemoryDedupStore({ maxEntries: 1_000_000, maxBytes: 64 * 1024 });
    for (let i = 0; i < 10_000; i++) byBytes.add(`/header/event_id ${'x'.repeat(400)}${i}`);
    expect(byBytes.byteSize).toBeLessThanOrEqual(64 * 1024);
    expect(byBytes.size).toBeLessThan(10_000);
  });

  test('a shared store behind { has, add } whose add answers false (SET NX) makes a concurrent duplicate a duplicate', async () => {
    const keys = new Set<string>();
    const store = { has: async (k: string) => keys.has(k), add: async (k: string) => (keys.has(k) ? false : (keys.add(k), true)) };
    const a = quietHandler({ dedup: store });
    const b = quietHandler({ dedup: store });
    let runs = 0;
    a.handler.on('im.message.receive_v1', () => void (runs += 1));
    b.handler.on('im.message.receive_v1', () => void (runs += 1));
    const envelope = receiveEnvelope();
    await Promise.all([a.handler.dispatch(envelope), b.handler.dispatch(envelope)]);
    await Promise.all([a.handler.settled(), b.handler.settled()]);
    expect(runs).toBe(1);
  });
});
