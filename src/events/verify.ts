// verifyEvent: a raw request in, what it is out — or a FeishuEventError naming the check that failed.
// The order (reference feishu-events.md §2 #3): signature over the raw bytes → decrypt → what is it →
// timestamp → Verification Token → schema. Stricter than every official SDK (A5): raw bytes only,
// constant-time compares, a timestamp window both ways, the token checked whenever one is configured.
import { constantTimeEqual, utf8 } from './crypto.js';
import { CARD_ACTION_TRIGGER, checkSchema, classify, type Classified, type VerifiedEvent } from './envelope.js';
import { FeishuEventError } from './errors.js';
import { decryptEvent, signEvent, signLegacyCardAction } from './sign.js';
import { FeishuError } from '../errors.js';

/** The request headers the signature schemes read (names are case-insensitive on the wire). */
export const SIGNATURE_HEADERS = Object.freeze({
  timestamp: 'x-lark-request-timestamp',
  nonce: 'x-lark-request-nonce',
  signature: 'x-lark-signature',
});

/** Headers as a `Headers` object, or a plain record (Node's `req.headers`, any case). */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A request as it arrived: the raw body, byte for byte, and its headers. */
export interface RawEventRequest {
  /** The raw body: a string or bytes exactly as received. A parsed object is refused (its bytes are gone). */
  body: string | Uint8Array | ArrayBuffer;
  headers: HeadersLike;
}

/** The app's secrets and the checks' settings. */
export interface VerifyEventOptions {
  /**
   * The Encrypt Key (Developer Console → Events & Callbacks → Encryption Strategy). With it, encrypted
   * bodies are decrypted and every event must carry a valid `X-Lark-Signature`. `undefined` is the same
   * as absent (so `process.env.FEISHU_ENCRYPT_KEY` type-checks under `exactOptionalPropertyTypes`); with
   * neither secret, `verifyEvent` and the HTTP adapters refuse to run (the long connection needs none).
   */
  encryptKey?: string | undefined;
  /** The Verification Token: with it, the token in every challenge and event must match (`undefined`: absent). */
  verificationToken?: string | undefined;
  /**
   * How far the signed `X-Lark-Request-Timestamp` may be from now, in seconds, either way (default 300).
   * The timestamp is the time of the delivery attempt, not of the event: the platform signs each
   * redelivery afresh, so an event redelivered hours later passes, and a captured request replayed
   * later than this does not. Within the window a replay is a duplicate, which the handler's
   * deduplication drops. `Infinity` turns the check off (e.g. for requests queued before verifying).
   */
  toleranceSeconds?: number;
  /** The time to check against, in ms since the epoch (default `Date.now()`); a function is called. */
  now?: number | Date | (() => number);
  /** Check the envelope against its schema (default true); a breach throws with `reason: 'schema'`. */
  validate?: boolean;
}

/** The default timestamp window, seconds either way. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | readonly string[] | undefined>;
  let value = record[name];
  if (value === undefined) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === name) {
        value = record[key];
        break;
      }
    }
  }
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? `a parsed object (${(v as object).constructor?.name ?? 'Object'})` : typeof v);

/** The raw body as text and bytes, or a refusal saying why a parsed value cannot be verified. */
function rawBody(body: unknown): string | Uint8Array {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new FeishuEventError(
    'body',
    `verifyEvent needs the raw request body (a string or a Uint8Array, exactly as received), not ${describe(body)}: ` +
      'the signature covers the bytes Feishu sent, and a parsed and re-serialized body is not those bytes. ' +
      'Read the body before any JSON body parser (Express: express.raw({ type: "application/json" }), or mount the handler before express.json()).',
  );
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FeishuEventError('body', `${what} is not JSON`);
  }
}

const ENCRYPTED_PREFIX = '{"encrypt":"';
/**
 * The `encrypt` field of a body written exactly as the platform writes it, `{"encrypt":"…"}`, read
 * without JSON.parse: when the text between the quotes has no quote, backslash or control
 * character, it is one JSON string without escapes, and JSON.parse would give the same value. Any
 * other body (spaces, more fields, escapes) is parsed as JSON. Undefined = not that shape.
 */
function encryptedField(text: string): string | undefined {
  if (!text.startsWith(ENCRYPTED_PREFIX) || !text.endsWith('"}')) return undefined;
  const end = text.length - 2;
  for (let i = ENCRYPTED_PREFIX.length; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */ || code === 92 /* \ */ || code < 32) return undefined;
  }
  return text.slice(ENCRYPTED_PREFIX.length, end);
}

function nowMs(now: VerifyEventOptions['now']): number {
  if (now === undefined) return Date.now();
  if (typeof now === 'function') return now();
  return now instanceof Date ? now.getTime() : now;
}

/** Refuses options that cannot verify anything, before any request is read. */
export function checkVerifyOptions(options: VerifyEventOptions, requireSecret = true): void {
  const { encryptKey, verificationToken, toleranceSeconds } = options;
  if (encryptKey !== undefined && (typeof encryptKey !== 'string' || encryptKey === '')) throw new FeishuError('encryptKey must be a non-empty string when given');
  if (verificationToken !== undefined && (typeof verificationToken !== 'string' || verificationToken === '')) throw new FeishuError('verificationToken must be a non-empty string when given');
  if (requireSecret && encryptKey === undefined && verificationToken === undefined) {
    throw new FeishuError('verifying Feishu events needs an encryptKey or a verificationToken (Developer Console → Events & Callbacks → Encryption Strategy): without either, anyone can post events');
  }
  if (toleranceSeconds !== undefined && !(typeof toleranceSeconds === 'number' && toleranceSeconds >= 0)) throw new FeishuError('toleranceSeconds must be a number ≥ 0 (Infinity turns the check off)');
}

/** What a signature must cover, by the evidence in the body: the event scheme, or the legacy card one. */
type Scheme = 'event' | 'legacyCard';

async function checkSignature(scheme: Scheme, raw: string | Uint8Array, headers: HeadersLike, options: VerifyEventOptions): Promise<boolean> {
  const signature = header(headers, SIGNATURE_HEADERS.signature);
  const timestamp = header(headers, SIGNATURE_HEADERS.timestamp);
  const nonce = header(headers, SIGNATURE_HEADERS.nonce);
  const secret = scheme === 'event' ? options.encryptKey : options.verificationToken;
  if (secret === undefined) {
    // An event without an Encrypt Key is authenticated by its token instead; a legacy card callback
    // carries no Verification Token of its own, so only its signature can vouch for it.
    if (scheme === 'legacyCard') throw new FeishuEventError('signature', 'a legacy card callback is signed with the Verification Token, and none is configured');
    return false;
  }
  const schemeName = scheme === 'event' ? 'event signature (SHA-256 with the Encrypt Key)' : 'legacy card signature (SHA-1 with the Verification Token)';
  if (signature === undefined || timestamp === undefined || nonce === undefined) {
    throw new FeishuEventError('signature', `the ${schemeName} is required but the X-Lark-Signature, X-Lark-Request-Timestamp or X-Lark-Request-Nonce header is missing`);
  }
  const expected = scheme === 'event'
    ? await signEvent({ timestamp, nonce, encryptKey: secret, body: raw })
    : await signLegacyCardAction({ timestamp, nonce, verificationToken: secret, body: raw });
  if (!constantTimeEqual(expected, signature.toLowerCase())) throw new FeishuEventError('signature', `the ${schemeName} does not match the raw body`);
  return true;
}

function checkTimestamp(headers: HeadersLike, options: VerifyEventOptions): void {
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (tolerance === Infinity) return;
  const text = header(headers, SIGNATURE_HEADERS.timestamp) ?? '';
  if (!/^\d{1,12}$/.test(text)) throw new FeishuEventError('timestamp', 'X-Lark-Request-Timestamp must be whole seconds since the epoch');
  const skew = Math.floor(nowMs(options.now) / 1000) - Number(text);
  if (skew > tolerance) throw new FeishuEventError('timestamp', `X-Lark-Request-Timestamp is ${skew} s old, beyond the ${tolerance} s tolerance (a replay, or a clock off: use NTP)`);
  if (-skew > tolerance) throw new FeishuEventError('timestamp', `X-Lark-Request-Timestamp is ${-skew} s in the future, beyond the ${tolerance} s tolerance (a forged request, or a clock off: use NTP)`);
}

function checkToken(classified: Classified, options: VerifyEventOptions): void {
  const expected = options.verificationToken;
  if (expected === undefined || (classified.kind === 'cardAction' && classified.legacy)) return;
  const where = classified.kind === 'challenge' ? 'token' : 'schema' in classified && classified.schema === '1.0' ? 'token' : 'header.token';
  if (typeof classified.token !== 'string') throw new FeishuEventError('token', `${where} (the Verification Token) is missing from the body`);
  if (!constantTimeEqual(classified.token, expected)) throw new FeishuEventError('token', `${where} does not match the configured Verification Token`);
}

/**
 * Verifies a request Feishu sent to an event or callback URL and tells what it is: the URL challenge,
 * an event (schema 2.0, typed by `eventType`, or 1.0), or a card action (new or legacy).
 *
 * `body` must be the raw body: the signature covers its bytes. Which scheme applies is decided by the
 * evidence in the body: an encrypted body or a schema 2.0/1.0 envelope takes the event signature
 * (SHA-256 with the Encrypt Key), a legacy card callback the SHA-1 one with the Verification Token,
 * the challenge none (the platform sends it unsigned) but its token. Throws {@link FeishuEventError}.
 *
 * @example
 * ```ts
 * const result = await verifyEvent({ body: await request.text(), headers: request.headers }, { encryptKey, verificationToken });
 * if (result.kind === 'event' && result.eventType === 'im.message.receive_v1') console.log(result.envelope.event.message.content);
 * ```
 */
export async function verifyEvent(request: RawEventRequest, options: VerifyEventOptions): Promise<VerifiedEvent> {
  const classified = await verifiedClassified(request, options);
  if (options.validate !== false) await checkSchema(classified);
  return strip(classified);
}

/** The result without the internal fields. */
export function strip(classified: Classified): VerifiedEvent {
  const { schemaId: _schemaId, token: _token, ...result } = classified;
  return result as VerifiedEvent;
}

/** verifyEvent up to, not including, the schema check (the handler's dispatch does that). @internal */
export async function verifiedClassified(request: RawEventRequest, options: VerifyEventOptions): Promise<Classified> {
  checkVerifyOptions(options);
  if (request === null || typeof request !== 'object') throw new FeishuEventError('body', `verifyEvent takes { body, headers }, not ${describe(request)}`);
  const raw = rawBody(request.body);
  const headers: HeadersLike = request.headers ?? {};
  let text: string;
  try {
    text = typeof raw === 'string' ? raw : utf8(raw);
  } catch {
    throw new FeishuEventError('body', 'the body is not UTF-8 text');
  }
  const sealed = encryptedField(text);
  const outer = sealed === undefined ? parseJson(text, 'the body') : { encrypt: sealed };
  const encrypted = outer !== null && typeof outer === 'object' && !Array.isArray(outer) && Object.prototype.hasOwnProperty.call(outer, 'encrypt');
  let signed = false;
  let classified: Classified;
  if (encrypted) {
    if (options.encryptKey === undefined) throw new FeishuEventError('decrypt', 'the body is encrypted but no encryptKey is configured');
    // Signed: checked before decrypting (nothing unauthenticated reaches the cipher). Unsigned: only
    // the URL challenge comes so, and anything else is refused below.
    if (header(headers, SIGNATURE_HEADERS.signature) !== undefined) signed = await checkSignature('event', raw, headers, options);
    const plaintext = await decryptEvent((outer as { encrypt: unknown }).encrypt as string, options.encryptKey);
    classified = classify(parseJson(plaintext, 'the decrypted body'));
  } else {
    classified = classify(outer);
    if (classified.kind !== 'challenge') {
      const scheme: Scheme = classified.kind === 'cardAction' && classified.legacy ? 'legacyCard' : 'event';
      signed = await checkSignature(scheme, raw, headers, options);
    }
  }
  if (classified.kind !== 'challenge' && !signed && options.encryptKey !== undefined) {
    // With an Encrypt Key every event and callback is signed: only the challenge comes unsigned.
    if (!(classified.kind === 'cardAction' && classified.legacy)) await checkSignature('event', raw, headers, options);
  }
  if (signed) checkTimestamp(headers, options);
  checkToken(classified, options);
  return classified;
}

export { CARD_ACTION_TRIGGER };
