// The primitives the receiver needs — SHA-256/SHA-1 hex digests, AES-256-CBC with the key Feishu
// derives from the Encrypt Key, base64 and a constant-time compare — on WebCrypto everywhere, and on
// node:crypto when the runtime offers it through process.getBuiltinModule (no static Node import:
// the module must load on Deno, Bun and edge runtimes; on Node the synchronous hashes are several
// times faster than the promise round trips of crypto.subtle).

interface NodeHash {
  update(data: string | Uint8Array): NodeHash;
  digest(encoding: 'hex'): string;
  digest(): Uint8Array;
}

/** The subset of node:crypto this module uses, typed here so no Node types leak into the API. */
interface NodeCrypto {
  createHash(algorithm: string): NodeHash;
  createCipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): { update(data: Uint8Array): Uint8Array; final(): Uint8Array };
  createDecipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): { update(data: Uint8Array): Uint8Array; final(): Uint8Array };
  randomBytes(size: number): Uint8Array;
}

function nodeCrypto(): NodeCrypto | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
}

let loaded: { crypto: NodeCrypto | undefined } | undefined;
/**
 * node:crypto when available (Node ≥ 20.16, Bun, Deno with Node compatibility), else undefined;
 * looked up on the first digest or cipher, not at import: on Node 20 node:crypto is not in the
 * start-up snapshot, and loading it compiles the stream modules it requires (about 10 ms of an
 * otherwise ~1 ms import of ./events, measured with --cpu-prof; bench/NOTES.md "Import").
 */
const nodeCryptoOnce = (): NodeCrypto | undefined => (loaded ??= { crypto: nodeCrypto() }).crypto;

const encoder = new TextEncoder();
/** Fails on malformed UTF-8 instead of inventing U+FFFD: a decrypted body must be exact. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes of a string (UTF-8) or the bytes themselves. */
export function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** Decodes UTF-8, throwing on malformed sequences. */
export function utf8(bytes: Uint8Array): string {
  return strictDecoder.decode(bytes);
}

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

/**
 * hex(digest(prefix ‖ body)) where `prefix` is text (UTF-8) and `body` the raw bytes: the shape of
 * both Feishu signatures. The body is hashed as received, never re-serialized.
 */
export async function digestHex(algorithm: 'sha256' | 'sha1', prefix: string, body: string | Uint8Array): Promise<string> {
  const node = nodeCryptoOnce();
  if (node) return node.createHash(algorithm).update(prefix).update(body).digest('hex');
  const data = concat([encoder.encode(prefix), bytesOf(body)]);
  const digest = await crypto.subtle.digest(algorithm === 'sha256' ? 'SHA-256' : 'SHA-1', data as Uint8Array<ArrayBuffer>);
  return hex(new Uint8Array(digest));
}

/**
 * Compares two strings in time that depends only on their lengths (the lengths of signatures and
 * tokens are public), so that a forger learns nothing from how long a mismatch took.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  // UTF-16 code units: equal strings have equal units, and no encoding is allocated per compare.
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

// The AES key is SHA-256 of the Encrypt Key (all four official SDKs). Deriving it costs a hash and,
// on WebCrypto, an importKey: a handler uses one key, so a few are cached (bounded: keys are few).
const MAX_CACHED_KEYS = 8;
const rawKeys = new Map<string, Uint8Array>();
const webKeys = new Map<string, Promise<CryptoKey>>();

function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MAX_CACHED_KEYS) map.delete(map.keys().next().value!);
    value = make();
    map.set(key, value);
  }
  return value;
}

async function rawKey(encryptKey: string): Promise<Uint8Array> {
  const cached = rawKeys.get(encryptKey);
  if (cached) return cached;
  const node = nodeCryptoOnce();
  const digest = node ? node.createHash('sha256').update(encryptKey).digest() : new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(encryptKey)));
  return remember(rawKeys, encryptKey, () => new Uint8Array(digest));
}

function webKey(encryptKey: string): Promise<CryptoKey> {
  return remember(webKeys, encryptKey, async () =>
    crypto.subtle.importKey('raw', (await rawKey(encryptKey)) as Uint8Array<ArrayBuffer>, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']));
}

/** AES-256-CBC encrypt with PKCS#7 padding; returns IV ‖ ciphertext. */
export async function aesEncrypt(plaintext: Uint8Array, encryptKey: string): Promise<Uint8Array> {
  const iv = new Uint8Array(16);
  crypto.getRandomValues(iv);
  const node = nodeCryptoOnce();
  if (node) {
    const cipher = node.createCipheriv('aes-256-cbc', await rawKey(encryptKey), iv);
    return concat([iv, cipher.update(plaintext), cipher.final()]);
  }
  const sealed = await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, await webKey(encryptKey), plaintext as Uint8Array<ArrayBuffer>);
  return concat([iv, new Uint8Array(sealed)]);
}

/**
 * AES-256-CBC decrypt of IV ‖ ciphertext. Both engines check the PKCS#7 padding and throw when it
 * is wrong (a wrong key, a truncated or altered ciphertext); lengths are checked first.
 */
export async function aesDecrypt(data: Uint8Array, encryptKey: string): Promise<Uint8Array> {
  if (data.length < 32 || data.length % 16 !== 0) throw new Error(`the ciphertext is ${data.length} bytes: it must be a 16-byte IV and whole 16-byte blocks`);
  const iv = data.subarray(0, 16);
  const body = data.subarray(16);
  const node = nodeCryptoOnce();
  if (node) {
    const decipher = node.createDecipheriv('aes-256-cbc', await rawKey(encryptKey), iv);
    return concat([decipher.update(body), decipher.final()]);
  }
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: iv as Uint8Array<ArrayBuffer> }, await webKey(encryptKey), body as Uint8Array<ArrayBuffer>));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Node's and Bun's Buffer, when the runtime has one (a global there, no import): its base64 is native. */
type BufferLike = Uint8Array & { toString(encoding?: string): string };
const NodeBuffer = (globalThis as { Buffer?: { from(data: string, encoding: string): BufferLike; from(data: ArrayBufferLike, offset: number, length: number): BufferLike } }).Buffer;
/**
 * Whether `text` is strict standard base64: only the alphabet, `=` only as the last one or two
 * characters, and no impossible length. One pass over the character codes (a regular expression
 * with alternatives took several times longer on a 1.5 KB event).
 */
function isStrictBase64(text: string): boolean {
  const n = text.length;
  if (n % 4 === 1) return false;
  let end = n;
  if (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end -= 1;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end -= 1;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || B64_INDEX[code]! < 0) return false;
  }
  return true;
}

/** Standard base64 (with padding). */
export function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  return out;
}

/** Strict standard base64 (padding optional); throws on any other character. */
export function fromBase64(text: string): Uint8Array {
  // Buffer's decoder skips characters it does not know: the text is checked first.
  if (!isStrictBase64(text)) throw new Error('the text is not standard base64');
  if (NodeBuffer) return NodeBuffer.from(text, 'base64');
  const clean = text.endsWith('==') ? text.slice(0, -2) : text.endsWith('=') ? text.slice(0, -1) : text;
  if (clean.length % 4 === 1) throw new Error('the base64 text has an impossible length');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? B64_INDEX[code]! : -1;
    if (v < 0) throw new Error(`the base64 text has a character outside the standard alphabet at offset ${i}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
