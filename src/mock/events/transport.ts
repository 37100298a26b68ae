// How the mock sends what it emits. One interface (INTERFACES.md §3): the plaintext envelope in, the
// app's answer out. HTTP POST — encrypted and signed as the platform does — is the default; the long
// connection registers its own transport while an app's connection is open.
import { encryptEvent, signEvent } from '../../events/sign.js';
import { SIGNATURE_HEADERS } from '../../events/verify.js';
import { readCapped } from '../../read-capped.js';

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
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: controller.signal });
    const bytes = await readCapped(response.body, MAX_ANSWER_BYTES, controller.signal);
    if (bytes === undefined) return { status: response.status, body: '', error: `the answer is larger than ${MAX_ANSWER_BYTES} bytes` } as DeliveryOutcome;
    return { status: response.status, body: new TextDecoder().decode(bytes) };
  } catch (error) {
    if (controller.signal.aborted) return { timeout: true };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
