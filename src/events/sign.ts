// Signing and encryption exactly as the platform does them (reference feishu-events.md A4, A5): the
// receiver checks with these, and tests and the mock build requests with them.
import { aesDecrypt, aesEncrypt, bytesOf, digestHex, fromBase64, toBase64, utf8 } from './crypto.js';
import { FeishuEventError } from './errors.js';

/** What a signature covers: the request headers' timestamp and nonce, a secret, and the raw body. */
export interface SignInput {
  /** `X-Lark-Request-Timestamp` (seconds, as sent). */
  timestamp: string;
  /** `X-Lark-Request-Nonce`. */
  nonce: string;
  /** The raw request body, byte for byte as sent. */
  body: string | Uint8Array;
}

/**
 * The `X-Lark-Signature` of an event or a `card.action.trigger` callback:
 * hex(SHA-256(timestamp ‖ nonce ‖ encryptKey ‖ rawBody)).
 */
export function signEvent(input: SignInput & { encryptKey: string }): Promise<string> {
  return digestHex('sha256', input.timestamp + input.nonce + input.encryptKey, input.body);
}

/**
 * The `X-Lark-Signature` of a legacy card callback (the old "消息卡片请求网址"):
 * hex(SHA-1(timestamp ‖ nonce ‖ verificationToken ‖ rawBody)).
 */
export function signLegacyCardAction(input: SignInput & { verificationToken: string }): Promise<string> {
  return digestHex('sha1', input.timestamp + input.nonce + input.verificationToken, input.body);
}

/**
 * Encrypts a plaintext body as the platform does: AES-256-CBC with key SHA-256(encryptKey), a random
 * IV put first, PKCS#7 padding, standard base64. Send it as `{"encrypt":"<result>"}`.
 */
export async function encryptEvent(plaintext: string | Uint8Array, encryptKey: string): Promise<string> {
  if (!encryptKey) throw new FeishuEventError('decrypt', 'encryptEvent needs a non-empty encryptKey');
  return toBase64(await aesEncrypt(bytesOf(plaintext), encryptKey));
}

/**
 * Decrypts the `encrypt` field of a body. The padding is checked (PKCS#7), and the plaintext must be
 * UTF-8: a wrong key, a truncated or altered ciphertext throws {@link FeishuEventError} with
 * `reason: 'decrypt'` — never the garbage some SDKs return.
 */
export async function decryptEvent(encrypt: string, encryptKey: string): Promise<string> {
  if (typeof encrypt !== 'string') throw new FeishuEventError('decrypt', `the encrypt field must be a base64 string, not ${encrypt === null ? 'null' : typeof encrypt}`);
  if (!encryptKey) throw new FeishuEventError('decrypt', 'the body is encrypted but no encryptKey is configured (Developer Console → Events & Callbacks → Encryption Strategy)');
  let sealed: Uint8Array;
  try {
    sealed = fromBase64(encrypt);
  } catch (error) {
    throw new FeishuEventError('decrypt', `the encrypt field is not base64: ${(error as Error).message}`);
  }
  let plain: Uint8Array;
  try {
    plain = await aesDecrypt(sealed, encryptKey);
  } catch (error) {
    const detail = /ciphertext is/.test((error as Error).message) ? (error as Error).message : 'the padding is wrong (a wrong encryptKey, or a truncated or altered ciphertext)';
    throw new FeishuEventError('decrypt', `the body does not decrypt with the configured encryptKey: ${detail}`);
  }
  try {
    return utf8(plain);
  } catch {
    throw new FeishuEventError('decrypt', 'the decrypted body is not UTF-8 text (a wrong encryptKey?)');
  }
}
