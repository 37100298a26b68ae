// How the mock sends what it emits. One interface (INTERFACES.md §3): the plaintext envelope in, the
// app's answer out. HTTP POST — encrypted and signed as the platform does — is the default; the long
// connection registers its own transport while an app's connection is open.
import { encryptEvent, signEvent } from '../../events/sign.js';
import { SIGNATURE_HEADERS } from '../../events/verify.js';
import http from 'node:http';
import https from 'node:https';

/** The largest answer the mock reads (a card answer is at most tens of KB). */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** An answer, or none within the deadline. */
export type DeliveryOutcome = { status: number; body: string; error?: string } | { timeout: true } | { error: string };

/** Where deliveries go. `kind` is the long connection's frame type, or which URL an HTTP delivery targets. */
export interface EventTransport {
  /** `'http'` or `'websocket'`, as attempts record it. */
  readonly name?: 'http' | 'websocket';
  deliver(payloadJson: string, kind: 'event' | 'card'): Promise<DeliveryOutcome>;
}

/** The app's secrets and URLs, as the Developer Console holds them. */
export interface MockEventApp {
  encryptKey?: string | undefined;
  verificationToken?: string | undefined;
  eventUrl?: string | undefined;
  cardActionUrl?: string | undefined;
}

const randomNonce = () => {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
};

/**
 * POSTs a plaintext envelope to `url` the way the platform does: with an Encrypt Key, encrypted
 * (`{"encrypt":…}`) and signed afresh for this attempt (X-Lark-Request-Timestamp is the attempt's
 * time); without one, in plaintext, unsigned. `signed: false` is the URL challenge (never signed).
 */
export async function postEnvelope(url: string, payloadJson: string, app: MockEventApp, options: { timeoutMs: number; signed: boolean; now: () => number }): Promise<DeliveryOutcome> {
  const body = app.encryptKey ? JSON.stringify({ encrypt: await encryptEvent(payloadJson, app.encryptKey) }) : payloadJson;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'feishu-chat-contract-mock' };
  if (app.encryptKey && options.signed) {
    const timestamp = String(Math.floor(options.now() / 1000));
    const nonce = randomNonce();
    headers[SIGNATURE_HEADERS.timestamp] = timestamp;
    headers[SIGNATURE_HEADERS.nonce] = nonce;
    headers[SIGNATURE_HEADERS.signature] = await signEvent({ timestamp, nonce, encryptKey: app.encryptKey, body });
  }
  return post(url, body, headers, options.timeoutMs);
}

/** Keep-alive connections to apps' URLs, as the platform keeps them (and cheap for tests and benches). */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One POST on node:http: the status and body (capped), no answer within `timeoutMs`, or the error. */
function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<DeliveryOutcome> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ error: `not a URL: ${url}` });
    }
    const client = target.protocol === 'https:' ? https : http;
    let settled = false;
    const done = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(target, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, ...(client === http ? { agent } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          request.destroy();
          done({ status: response.statusCode ?? 0, body: '', error: `the answer is larger than ${MAX_ANSWER_BYTES} bytes` });
        } else chunks.push(chunk);
      });
      response.on('end', () => done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', (error) => done({ error: error.message }));
    });
    const timer = setTimeout(() => {
      done({ timeout: true });
      request.destroy();
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    request.end(body);
  });
}
