// What createFeishuClient checks of `auth` before it returns (src/client/auth.ts builds the token
// source on the first call): its own small module, so that the package root does not load the
// token machinery to check a shape.
import { FeishuError } from './errors.js';
import type { SecretSet } from './secrets.js';

/** How the client authenticates. */
export type FeishuAuth =
  /** A custom app: the client fetches, caches and renews a tenant access token. */
  | { appId: string; appSecret: string }
  /** A fixed user (u-…) or tenant (t-…) access token. */
  | { accessToken: string }
  /**
   * Your own token source, called before every request (cache inside it). Its wait is bounded by
   * the call's signal and `timeoutMs`; `signal` tells your source when the call gave up.
   */
  | { getAccessToken: (context: { signal: AbortSignal }) => Promise<string> };

/** Refuses a token that cannot travel in a header (NUL, CR, LF, spaces, non-ASCII), without echoing it. */
export function assertHeaderSafe(token: unknown, what: string): asserts token is string {
  if (typeof token !== 'string' || token === '') throw new FeishuError(`${what} must be a non-empty string`);
  const bad = /[^\x21-\x7e]/.exec(token);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new FeishuError(`${what} holds a character not allowed in an HTTP header (U+${code} at position ${bad.index}); refusing to send it`);
  }
}

/**
 * Checks `auth` (a bad one is a FeishuError naming the field) and registers its fixed secrets with
 * `secrets`, so that errors never show them. Synchronous: createFeishuClient runs it before it returns.
 */
export function checkAuth(auth: FeishuAuth, secrets: SecretSet): void {
  if (!auth || typeof auth !== 'object') throw new FeishuError('auth must be { appId, appSecret }, { accessToken } or { getAccessToken }');
  if ('appId' in auth) {
    if (typeof auth.appId !== 'string' || !auth.appId || typeof auth.appSecret !== 'string' || !auth.appSecret) throw new FeishuError('auth.appId and auth.appSecret are both required (non-empty strings)');
    secrets.addFixed(auth.appSecret);
  } else if ('accessToken' in auth) {
    if (typeof auth.accessToken === 'string') secrets.addFixed(auth.accessToken);
    assertHeaderSafe(auth.accessToken, 'auth.accessToken');
  } else if (typeof auth.getAccessToken !== 'function') throw new FeishuError('auth must be { appId, appSecret }, { accessToken } or { getAccessToken }');
}
