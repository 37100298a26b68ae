// Helpers for the long-connection tests: envelopes as the platform pushes them, a recording handler
// with the dispatch interface of createEventHandler, and a raw pbbp2 client for what our own client
// would never do (not acknowledging, holding connections open).
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { decodeFrame, encodeFrame, headerOf, type Frame } from '../../src/longconn/frame.js';
import type { LongConnectionHandler } from '../../src/longconn/index.js';

/** An im.message.receive_v1 envelope (schema 2.0) with a text message. */
/**
 * Options for `vi.waitFor`: its default gives up after 1 s, which a busy 2-core machine (npm test
 * beside another CPU-heavy process) can exceed before a socket closes; the wait still ends as soon
 * as the awaited state holds.
 */
export const WAIT = { timeout: 60_000, interval: 20 } as const;

export function messageEnvelope(text = 'hello', appId = 'cli_demo0000000000001') {
  const id = randomBytes(8).toString('hex');
  return {
    schema: '2.0',
    header: { event_id: `ev_${id}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: 'v-token', app_id: appId, tenant_key: 'tenant-demo' },
    event: {
      sender: { sender_id: { open_id: 'ou_a0000000000000000000000000000001' }, sender_type: 'user', tenant_key: 'tenant-demo' },
      message: { message_id: `om_${id}`, create_time: String(Date.now()), chat_id: 'oc_a0000000000000000000000000000001', chat_type: 'group', message_type: 'text', content: JSON.stringify({ text }) },
    },
  };
}

/** A card.action.trigger envelope (a button click). */
export function cardClickEnvelope(appId = 'cli_demo0000000000001') {
  const id = randomBytes(8).toString('hex');
  return {
    schema: '2.0',
    header: { event_id: `ev_${id}`, event_type: 'card.action.trigger', create_time: String(Date.now()), token: 'v-token', app_id: appId, tenant_key: 'tenant-demo' },
    event: {
      operator: { open_id: 'ou_a0000000000000000000000000000001' },
      token: `c-${id}`,
      action: { tag: 'button', value: { choice: 'approve' } },
      context: { open_message_id: `om_${id}`, open_chat_id: 'oc_a0000000000000000000000000000001' },
    },
  };
}

/** A handler with createEventHandler's dispatch signature that records each call and answers with `answer`. */
export function recordingHandler(answer: (envelope: unknown, frameType: string | undefined) => Promise<{ status: number; body: unknown }> | { status: number; body: unknown } = () => ({ status: 200, body: { msg: 'success' } })) {
  const calls: { envelope: unknown; frameType: string | undefined }[] = [];
  const handler: LongConnectionHandler = {
    dispatch: async (envelope, options) => {
      calls.push({ envelope, frameType: options?.frameType });
      return answer(envelope, options?.frameType);
    },
  };
  return { handler, calls };
}

/** A log sink that keeps lines (the suite fails on anything secret printed, and tests read them). */
export function memoryLogger() {
  const lines: string[] = [];
  return { lines, logger: { debug: (m: string) => lines.push(m), info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } };
}

/** Asks the mock's endpoint for a URL. */
export async function endpointAnswer(baseUrl: string, body: unknown) {
  const res = await fetch(`${baseUrl}/callback/ws/endpoint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { code: number; msg: string; data?: { URL: string; ClientConfig: Record<string, number> } } };
}

/** A raw pbbp2 client: frames in a queue, nothing acknowledged unless the test says so. */
export async function rawClient(url: string) {
  const socket = new WebSocket(url);
  const frames: Frame[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data: Buffer) => {
    frames.push(decodeFrame(data));
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`handshake ${res.statusCode}`), { headers: res.headers, status: res.statusCode })));
  });
  return {
    socket,
    frames,
    /** The next frame matching `pick` (frames already received included, each returned once). */
    async next(pick: (f: Frame) => boolean = (f) => f.method === 1): Promise<Frame> {
      for (;;) {
        const i = frames.findIndex(pick);
        if (i >= 0) return frames.splice(i, 1)[0]!;
        await new Promise<void>((r) => waiters.push(r));
      }
    },
    ack(frame: Frame, payload: unknown) {
      socket.send(encodeFrame({ ...frame, headers: [...frame.headers, { key: 'biz_rt', value: '1' }], payload: new TextEncoder().encode(JSON.stringify(payload)) }));
    },
    messageId: (f: Frame) => headerOf(f, 'message_id'),
    close: () => new Promise<void>((r) => (socket.readyState === WebSocket.CLOSED ? r() : (socket.once('close', () => r()), socket.terminate()))),
  };
}
