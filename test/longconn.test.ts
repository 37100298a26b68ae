// The long connection end to end (issue 25): the mock's endpoint and WebSocket speaking pbbp2 frames,
// and createLongConnection against it over loopback — delivery, split messages, the ACK deadline,
// redelivery, reconnects, dedup, card clicks, bad frames, the connection limit, bounded memory.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { protocol } from '../generated/longconn.js';
import { encodeFrame, fromBase64, type Frame } from '../src/longconn/frame.js';
import { createLongConnection, FeishuLongConnectionError, type LongConnection, type LongConnectionOptions } from '../src/longconn/index.js';
import { createMockFeishu, demoApp, type MockFeishuOptions } from '../src/mock/index.js';
import { validate } from '../src/validators/index.js';
import { cardClickEnvelope, endpointAnswer, memoryLogger, messageEnvelope, rawClient, recordingHandler, WAIT } from './helpers/longconn.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Fast reconnects and pings, so that the tests wait for events, not for the platform's minutes. */
const fastConfig = { PingInterval: 0.2, ReconnectCount: -1, ReconnectInterval: 0.05, ReconnectNonce: 0.05 };

/**
 * The mock waits 20 s for an ACK unless a test is about redelivery: on a busy machine the platform's 3 s
 * would turn a slow scheduler into a redelivery. What the deadline tests assert is that the ACK came while
 * the handler was still pending, not how fast.
 */
async function startMock(options: MockFeishuOptions['longConnection'] = {}) {
  const mock = createMockFeishu({ longConnection: { clientConfig: fastConfig, ackTimeoutMs: 20_000, ...options } });
  const server = await mock.listen(0);
  cleanups.push(() => server.close());
  return { mock, url: server.url };
}

function connect(url: string, handler: LongConnectionOptions['handler'], extra: Partial<LongConnectionOptions> = {}) {
  const log = memoryLogger();
  const connection = createLongConnection({ appId: demoApp.appId, appSecret: demoApp.appSecret, baseUrl: url, handler, logger: log.logger, ...extra });
  cleanups.push(() => connection.close());
  return { connection, log };
}

/** Resolves when the connection is open again after leaving `open`. */
function reopened(connection: LongConnection) {
  return new Promise<string[]>((resolve) => {
    const seen: string[] = [];
    connection.on('state', (state) => {
      seen.push(state);
      if (state === 'open') resolve(seen);
    });
  });
}

describe('endpoint discovery (getLongConnectionEndpoint)', () => {
  it('answers a URL and the ClientConfig for the app credentials; the answer meets the contract', async () => {
    const { url } = await startMock();
    const { body } = await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: demoApp.appSecret });
    expect(body.code).toBe(0);
    expect(validate('getLongConnectionEndpoint.response', body)).toEqual({ valid: true });
    const wsUrl = new URL(body.data!.URL);
    expect(wsUrl.protocol).toBe('ws:');
    expect(wsUrl.searchParams.get('device_id')).toMatch(/^\d+$/);
    expect(wsUrl.searchParams.get('service_id')).toMatch(/^\d+$/);
    expect(body.data!.ClientConfig).toEqual(fastConfig);
  });

  it('wrong credentials: 1000040345 with HTTP 200; empty or missing credentials: 1000040344 (documented codes)', async () => {
    const { url } = await startMock();
    const wrong = await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: 'not-the-secret' });
    expect(wrong).toMatchObject({ status: 200, body: { code: 1000040345 } });
    expect((await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: '' })).body.code).toBe(1000040344);
    expect((await endpointAnswer(url, { AppID: demoApp.appId })).body.code).toBe(1000040344);
  });

  it("a malformed body (not JSON, not an object, a field of the wrong type or too long, another Content-Type) gets the endpoint's own 1000040344 with HTTP 200 naming the field, never the chat APIs' 232001", async () => {
    const { url } = await startMock();
    const post = async (body: string, contentType = 'application/json') => {
      const res = await fetch(`${url}/callback/ws/endpoint`, { method: 'POST', headers: { 'content-type': contentType }, body });
      return { status: res.status, body: (await res.json()) as { code: number; msg: string; error?: { field_violations?: { field: string }[] } } };
    };
    const json = 'application/json';
    const cases: [body: string, contentType: string, field: string | undefined][] = [
      ['{"AppID": "cli_a', json, 'body'],
      ['[]', json, undefined],
      [JSON.stringify({ AppID: 42, AppSecret: demoApp.appSecret }), json, 'AppID'],
      [JSON.stringify({ AppID: demoApp.appId, AppSecret: 's'.repeat(257) }), json, 'AppSecret'],
      [JSON.stringify({ AppID: demoApp.appId, AppSecret: demoApp.appSecret }), 'text/plain', 'Content-Type'],
    ];
    for (const [body, contentType, field] of cases) {
      const answer = await post(body, contentType);
      expect(answer, body).toMatchObject({ status: 200, body: { code: 1000040344 } });
      if (field) expect(answer.body.error?.field_violations?.map((v) => v.field), body).toContain(field);
    }
  });

  it('createLongConnection with a wrong secret gives up at once with the code (a client error is not retried)', async () => {
    const { url } = await startMock();
    const { handler } = recordingHandler();
    const log = memoryLogger();
    const connection = createLongConnection({ appId: demoApp.appId, appSecret: 'wrong', baseUrl: url, handler, logger: log.logger });
    cleanups.push(() => connection.close());
    const error = await new Promise<FeishuLongConnectionError>((resolve) => connection.on('error', resolve));
    expect(error).toBeInstanceOf(FeishuLongConnectionError);
    expect(error.code).toBe(1000040345);
    expect(error.retryable).toBe(false);
    expect(connection.state).toBe('closed');
    await expect(connection.opened()).rejects.toThrow(/closed/);
    expect(log.lines.join('\n')).not.toContain('wrong');
  });
});

describe('createLongConnection against the mock', () => {
  it('delivers an im.message.receive_v1 the mock pushes, as an event frame, and the mock records the ACK (code 200, biz_rt ≥ 0)', async () => {
    const { mock, url } = await startMock();
    const { handler, calls } = recordingHandler();
    const { connection } = connect(url, handler);
    await connection.opened();
    expect(mock.longConnection.connections()).toBe(1);
    const envelope = messageEnvelope('ping over the long connection');
    const result = await mock.longConnection.deliver(JSON.stringify(envelope), 'event');
    expect(result).toEqual({ status: 200, body: JSON.stringify({ msg: 'success' }) });
    expect(calls).toEqual([{ envelope, frameType: 'event' }]);
    const [ack] = mock.longConnection.acks;
    expect(ack).toMatchObject({ code: 200, type: 'event', attempt: 0 });
    expect(Number(ack!.bizRt)).toBeGreaterThanOrEqual(0);
  });

  it('reassembles a message the mock split into parts (sum/seq) and dispatches it once', async () => {
    const { mock, url } = await startMock({ maxFramePayloadBytes: 50 });
    const { handler, calls } = recordingHandler();
    const { connection } = connect(url, handler);
    await connection.opened();
    const envelope = messageEnvelope('x'.repeat(2000) + ' 中文 and emoji 🎉 split across part boundaries');
    const text = JSON.stringify(envelope);
    expect(Math.ceil(Buffer.byteLength(text) / 50)).toBeGreaterThan(40);
    const result = await mock.longConnection.deliver(text, 'event');
    expect(result).toMatchObject({ status: 200 });
    expect(calls).toEqual([{ envelope, frameType: 'event' }]);
    expect(mock.longConnection.acks).toHaveLength(1);
    expect(connection.partials).toMatchObject({ bytes: 0, messages: 0 });
  });

  it('acknowledges within the deadline while the handler is still sleeping 10 s (the ACK arrives while the handler is pending)', async () => {
    const { mock, url } = await startMock();
    let pending = false;
    let wake!: () => void;
    const slept = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const sleep = setTimeout(wake, 10_000);
    cleanups.push(() => {
      clearTimeout(sleep);
      wake();
    });
    const { handler } = recordingHandler(async () => {
      pending = true;
      await slept;
      pending = false;
      return { status: 200, body: {} };
    });
    const { connection } = connect(url, handler);
    await connection.opened();
    const acked = new Promise((resolve) => connection.once('ack', resolve));
    const result = await mock.longConnection.deliver(JSON.stringify(messageEnvelope()), 'event');
    expect(result).toEqual({ status: 200, body: '' });
    expect(pending).toBe(true);
    expect(await acked).toMatchObject({ code: 200, timedOut: true });
    expect(mock.longConnection.acks.map((a) => a.attempt)).toEqual([0]);
  });

  it('a card handler slower than the deadline is answered {} (never an ACK without a body: 108002)', async () => {
    const { mock, url } = await startMock();
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    cleanups.push(() => release());
    const { handler } = recordingHandler(async () => {
      await held;
      return { status: 200, body: { toast: { type: 'success', content: 'too late' } } };
    });
    const { connection } = connect(url, handler, { ackAfterMs: 200 });
    await connection.opened();
    const result = await mock.longConnection.deliver(JSON.stringify(cardClickEnvelope()), 'card');
    expect(result).toEqual({ status: 200, body: '{}' });
    expect(mock.longConnection.acks[0]!.error).toBeUndefined();
  });

  it('card click round trip: the handler answers a toast, the ACK carries it (data = base64 JSON), for either frame type', async () => {
    for (const cardFrameType of ['event', 'card'] as const) {
      const { mock, url } = await startMock({ cardFrameType });
      const toast = { toast: { type: 'success', content: '已批准 Approved', i18n: { zh_cn: '已批准', en_us: 'Approved' } } };
      const { handler, calls } = recordingHandler(() => ({ status: 200, body: toast }));
      const { connection } = connect(url, handler);
      await connection.opened();
      const click = cardClickEnvelope();
      const result = await mock.longConnection.deliver(JSON.stringify(click), 'card');
      expect(result).toEqual({ status: 200, body: JSON.stringify(toast) });
      expect(calls).toEqual([{ envelope: click, frameType: cardFrameType }]);
      expect(mock.longConnection.acks[0]).toMatchObject({ type: cardFrameType, code: 200, data: JSON.stringify(toast) });
      await connection.close();
    }
  });

  it('dedup across redelivery: an ACK lost in transit makes the mock push again; the redelivery is acknowledged again, not dispatched again', async () => {
    const { mock, url } = await startMock({ ackTimeoutMs: 1000 });
    const { handler, calls } = recordingHandler(() => ({ status: 200, body: { n: 1 } }));
    const { connection } = connect(url, handler);
    await connection.opened();
    mock.longConnection.loseAcks(1);
    const result = await mock.longConnection.deliver(JSON.stringify(messageEnvelope()), 'event');
    expect(result).toEqual({ status: 200, body: '{"n":1}' });
    expect(calls).toHaveLength(1);
    const [lost, ...later] = mock.longConnection.acks;
    expect(lost).toMatchObject({ attempt: 0, lost: true, data: '{"n":1}' });
    // The redelivery's ACK (on a busy machine a later push may be the one answered) repeats the first answer.
    expect(later.at(-1)).toMatchObject({ messageId: lost!.messageId, data: '{"n":1}' });
    expect(later.at(-1)!.attempt).toBeGreaterThanOrEqual(1);
    expect(later.at(-1)!.lost).toBeUndefined();
  });

  it('reconnects after the mock drops the socket, and receives on the new one', async () => {
    const { mock, url } = await startMock();
    const { handler, calls } = recordingHandler();
    const { connection } = connect(url, handler);
    await connection.opened();
    const back = reopened(connection);
    mock.longConnection.drop();
    expect(await back).toEqual(['reconnecting', 'open']);
    await vi.waitFor(() => expect(mock.longConnection.connections()).toBe(1), WAIT);
    expect(await mock.longConnection.deliver(JSON.stringify(messageEnvelope('after the drop')), 'event')).toMatchObject({ status: 200 });
    expect(calls).toHaveLength(1);
  });

  it('detects a half-open socket by ping timeout (the mock goes silent), reconnects and receives again', async () => {
    const { mock, url } = await startMock();
    const { handler, calls } = recordingHandler();
    const { connection, log } = connect(url, handler, { pingTimeoutMs: 300 });
    await connection.opened();
    const back = reopened(connection);
    mock.longConnection.stall();
    expect(await back).toEqual(['reconnecting', 'open']);
    expect(log.lines.some((l) => /half-open/.test(l))).toBe(true);
    await vi.waitFor(() => expect(mock.longConnection.connections()).toBe(1), WAIT);
    expect(mock.longConnection.hasConnection()).toBe(true);
    expect(await mock.longConnection.deliver(JSON.stringify(messageEnvelope()), 'event')).toMatchObject({ status: 200 });
    expect(calls).toHaveLength(1);
  });

  it('applies the ClientConfig a pong carries', async () => {
    const { mock, url } = await startMock();
    const { handler } = recordingHandler();
    const { connection } = connect(url, handler);
    await connection.opened();
    mock.longConnection.options.clientConfig = { ...fastConfig, ReconnectInterval: 0.07 };
    await vi.waitFor(() => expect(connection.clientConfig.ReconnectInterval).toBe(0.07), WAIT);
  });

  it('survives bad frames (garbage protobuf, an unknown type, a part that never completes, a payload that is not JSON) and keeps receiving', async () => {
    const { mock, url } = await startMock();
    const { handler, calls } = recordingHandler();
    const { connection } = connect(url, handler, { partials: { ttlMs: 60_000 } });
    await connection.opened();
    const bad: string[] = [];
    connection.on('badFrame', (reason) => bad.push(reason));
    const data = (headers: Record<string, string>, payload: string): Frame => ({
      SeqID: '1', LogID: '1', service: 1, method: 1, headers: Object.entries(headers).map(([key, value]) => ({ key, value })), payload: new TextEncoder().encode(payload),
    });
    mock.longConnection.send(new Uint8Array([0xff, 0xfe, 0x00, 0x13, 0x37]));
    mock.longConnection.send(data({ type: 'telemetry', message_id: 'm1', sum: '1', seq: '0' }, '{}'));
    mock.longConnection.send(data({ type: 'event', message_id: 'm2', sum: '3', seq: '0' }, '{"schema":'));
    mock.longConnection.send(data({ type: 'event', message_id: 'm3', sum: '1', seq: '0' }, 'not json'));
    mock.longConnection.send(data({ type: 'event', message_id: 'm4', sum: '2', seq: '5' }, '{}'));
    const result = await mock.longConnection.deliver(JSON.stringify(messageEnvelope('still here')), 'event');
    expect(result).toMatchObject({ status: 200 });
    expect(calls).toHaveLength(1);
    expect(connection.state).toBe('open');
    expect(bad).toHaveLength(4);
    expect(bad[0]).toMatch(/not a pbbp2.Frame/);
    expect(bad[1]).toMatch(/telemetry/);
    expect(bad[2]).toMatch(/not UTF-8 JSON/);
    expect(bad[3]).toMatch(/seq "5"/);
    // The part that never completes is held (bounded, expiring), not dispatched.
    expect(connection.partials.messages).toBe(1);
    // A payload that is not JSON is acknowledged with 500, so the platform knows it was not handled.
    expect(mock.longConnection.acks.find((a) => a.messageId === 'm3')).toMatchObject({ code: 500 });
  });

  it('memory stays bounded under a flood of split messages that never complete', async () => {
    const { mock, url } = await startMock();
    const { handler, calls } = recordingHandler();
    const limits = { maxBytes: 256 * 1024, maxMessages: 100, ttlMs: 60_000 };
    const { connection } = connect(url, handler, { partials: limits });
    await connection.opened();
    const part = 'x'.repeat(4096);
    let peakBytes = 0;
    let peakMessages = 0;
    connection.on('badFrame', () => undefined);
    for (let i = 0; i < 3000; i++) {
      mock.longConnection.send({ SeqID: String(i), LogID: '0', service: 1, method: 1, headers: [{ key: 'type', value: 'event' }, { key: 'message_id', value: `flood-${i}` }, { key: 'sum', value: '4' }, { key: 'seq', value: String(i % 3) }], payload: new TextEncoder().encode(part) });
      if (i % 100 === 99) {
        // Frames on one socket are handled in order: once this delivery is dispatched, every part before it was handled.
        await mock.longConnection.deliver(JSON.stringify(messageEnvelope(`checkpoint ${i}`)), 'event');
        peakBytes = Math.max(peakBytes, connection.partials.bytes);
        peakMessages = Math.max(peakMessages, connection.partials.messages);
      }
    }
    expect(calls).toHaveLength(30);
    expect(peakBytes).toBeLessThanOrEqual(limits.maxBytes);
    expect(peakMessages).toBeLessThanOrEqual(limits.maxMessages);
    expect(connection.partials.dropped).toBeGreaterThan(2000);
    expect(connection.state).toBe('open');
  });

  it('closes cleanly: state closed, the mock sees the socket go, no reconnect', async () => {
    const { mock, url } = await startMock();
    const { handler } = recordingHandler();
    const { connection } = connect(url, handler);
    await connection.opened();
    const states: string[] = [];
    connection.on('state', (s) => states.push(s));
    await connection.close();
    expect(connection.state).toBe('closed');
    await vi.waitFor(() => expect(mock.longConnection.connections()).toBe(0), WAIT);
    expect(states).toEqual(['closed']);
    expect(mock.longConnection.hasConnection()).toBe(false);
  });
});

describe('the mock without our client (raw pbbp2 frames)', () => {
  async function dial(url: string) {
    const { body } = await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: demoApp.appSecret });
    const client = await rawClient(body.data!.URL);
    cleanups.push(() => client.close());
    return client;
  }

  it('answers a ping with a pong carrying the ClientConfig', async () => {
    const { url } = await startMock();
    const client = await dial(url);
    client.socket.send(encodeFrame({ SeqID: '0', LogID: '0', service: 7, method: 0, headers: [{ key: 'type', value: 'ping' }] }));
    const pong = await client.next((f) => f.method === 0);
    expect(pong.headers).toEqual([{ key: 'type', value: 'pong' }]);
    const config = JSON.parse(new TextDecoder().decode(pong.payload));
    expect(config).toEqual(fastConfig);
    expect(validate('longconn.client-config', config)).toEqual({ valid: true });
  });

  it('redelivers a message that is not acknowledged within the ACK timeout, with the same message_id', async () => {
    const { mock, url } = await startMock({ ackTimeoutMs: 200 });
    const client = await dial(url);
    const envelope = messageEnvelope();
    const delivered = mock.longConnection.deliver(JSON.stringify(envelope), 'event');
    const first = await client.next();
    const second = await client.next();
    expect(client.messageId(second)).toBe(client.messageId(first));
    expect(JSON.parse(new TextDecoder().decode(second.payload))).toEqual(envelope);
    client.ack(second, { code: 200, data: Buffer.from('{"ok":true}').toString('base64') });
    expect(await delivered).toEqual({ status: 200, body: '{"ok":true}' });
    expect(mock.longConnection.acks).toMatchObject([{ code: 200 }]);
    expect(mock.longConnection.acks[0]!.attempt).toBeGreaterThanOrEqual(1);
  });

  it('gives up after the redeliveries with { timeout: true } when nothing acknowledges', async () => {
    const { mock, url } = await startMock({ ackTimeoutMs: 50, redeliveries: 2 });
    const client = await dial(url);
    expect(await mock.longConnection.deliver(JSON.stringify(messageEnvelope()), 'event')).toEqual({ timeout: true });
    expect(client.frames.filter((f) => f.method === 1)).toHaveLength(3);
  });

  it('a card callback acknowledged without data is the 108002 failure, recorded', async () => {
    const { mock, url } = await startMock();
    const client = await dial(url);
    const delivered = mock.longConnection.deliver(JSON.stringify(cardClickEnvelope()), 'card');
    client.ack(await client.next(), { code: 200 });
    expect(await delivered).toEqual({ status: protocol.ack.missingCardAnswerError, body: '' });
    expect(mock.longConnection.acks[0]).toMatchObject({ code: 200, error: 108002 });
  });

  it('the 50-connection limit: the endpoint answers 1000040350, a URL issued before is refused at the handshake (514, autherrcode 1000040350)', async () => {
    const { mock, url } = await startMock();
    const clients = [];
    for (let i = 0; i < 49; i++) clients.push(await dial(url));
    const early = await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: demoApp.appSecret });
    clients.push(await dial(url));
    expect(mock.longConnection.connections()).toBe(50);
    expect((await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: demoApp.appSecret })).body).toMatchObject({ code: 1000040350 });
    const refused = await rawClient(early.body.data!.URL).then(
      () => undefined,
      (e: { status: number; headers: Record<string, string> }) => e,
    );
    expect(refused?.status).toBe(514);
    expect(refused?.headers).toMatchObject({ 'handshake-status': '514', 'handshake-autherrcode': '1000040350' });
    // Our client reports it as the documented client error and does not retry.
    const { handler } = recordingHandler();
    const { connection } = connect(url, handler);
    const error = await new Promise<FeishuLongConnectionError>((resolve) => connection.on('error', resolve));
    expect(error.code).toBe(1000040350);
    expect(connection.state).toBe('closed');
    // One connection fewer, and the endpoint hands out URLs again.
    await clients.pop()!.close();
    await vi.waitFor(() => expect(mock.longConnection.connections()).toBe(49), WAIT);
    expect((await endpointAnswer(url, { AppID: demoApp.appId, AppSecret: demoApp.appSecret })).body.code).toBe(0);
  });

  it('a URL without a valid ticket is refused at the handshake with 403', async () => {
    const { url } = await startMock();
    const refused = await rawClient(`${url.replace('http', 'ws')}/ws/v2?device_id=1&service_id=1&ticket=forged`).then(
      () => undefined,
      (e: { status: number; headers: Record<string, string> }) => e,
    );
    expect(refused?.headers['handshake-status']).toBe('403');
  });

  it('cluster mode: each message goes to one of the app\'s connections, never to two', async () => {
    const { mock, url } = await startMock();
    const a = await dial(url);
    const b = await dial(url);
    const acker = (c: typeof a) => {
      c.socket.on('message', () => {
        for (const f of c.frames.splice(0)) if (f.method === 1) c.ack(f, { code: 200 });
      });
    };
    acker(a);
    acker(b);
    for (let i = 0; i < 10; i++) expect(await mock.longConnection.deliver(JSON.stringify(messageEnvelope()), 'event')).toMatchObject({ status: 200 });
    expect(mock.longConnection.acks).toHaveLength(10);
    expect(new Set(mock.longConnection.acks.map((x) => x.messageId)).size).toBe(10);
  });

  it('ACK data decodes to the handler answer (base64 JSON), as fromBase64 reads it', () => {
    expect(fromBase64('eyJ0b2FzdCI6eyJ0eXBlIjoic3VjY2VzcyIsImNvbnRlbnQiOiJEb25lIn19')).toBe('{"toast":{"type":"success","content":"Done"}}');
  });
});

describe('protocol errata (spec/longconn/protocol.yaml): each decision is pinned by a test', () => {
  /** Erratum id → the test above (or in longconn-sdk.test.ts) that pins its decision, and a check of the data. */
  const pinned: Record<string, { test: string; check: () => void }> = {
    cardFrameType: { test: 'card click round trip', check: () => expect(createMockFeishu().longConnection.options.cardFrameType).toBe('event') },
    bizRtNegative: { test: 'delivers an im.message.receive_v1 the mock pushes', check: () => expect(protocol.headers.biz_rt.frames).toBe('ack') },
    ackWithoutBody: { test: 'a card callback acknowledged without data is the 108002 failure', check: () => expect(protocol.ack.missingCardAnswerError).toBe(108002) },
    ackAfterHandler: { test: 'acknowledges within the deadline while the handler is still sleeping 10 s', check: () => expect(protocol.ack.cardEmptyAnswer).toEqual({}) },
    pingTimeoutOff: { test: 'detects a half-open socket by ping timeout', check: () => expect(protocol.messageTypes.ping.from).toBe('client') },
    ackDeadline: { test: 'redelivers a message that is not acknowledged within the ACK timeout', check: () => expect([protocol.ack.deadlineMs, createMockFeishu().longConnection.options.ackTimeoutMs]).toEqual([3000, 3000]) },
  };
  it('every erratum of the protocol has a pinning test, and every pin an erratum', () => {
    expect(protocol.errata.map((e) => e.id).sort()).toEqual(Object.keys(pinned).sort());
  });
  it.each(Object.entries(pinned))('%s', (_id, { check }) => check());
});
