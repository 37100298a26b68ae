import { FeishuApiError, FeishuError, FeishuUnexpectedResponseError } from './errors.js';
import type { FetchLike } from './retry.js';

/** How the client authenticates. */
export type FeishuAuth =
  /** A custom app: the client fetches, caches and renews a tenant access token. */
  | { appId: string; appSecret: string }
  /** A fixed user (u-…) or tenant (t-…) access token. */
  | { accessToken: string }
  /** Your own token source, called before every request (cache inside it). */
  | { getAccessToken: () => Promise<string> };

/** Renew this long before the token expires (the official SDKs use 3 minutes). */
const REFRESH_MARGIN_MS = 3 * 60 * 1000;

export interface TokenSource {
  get(): Promise<string>;
  /** Forget `token` if it is the cached one; true when a fresh token can be fetched. */
  invalidate(token: string): boolean;
}

/** Tenant tokens from the token endpoint: cached, renewed early, one fetch shared by concurrent callers. */
export function tenantTokenSource(auth: { appId: string; appSecret: string }, baseUrl: string, fetchImpl: FetchLike, now: () => number = Date.now): TokenSource {
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetchImpl(
      new Request(new URL('/open-apis/auth/v3/tenant_access_token/internal', baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ app_id: auth.appId, app_secret: auth.appSecret }),
      }),
    );
    const text = await response.text();
    let body: { code?: unknown; msg?: unknown; tenant_access_token?: unknown; expire?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      throw new FeishuUnexpectedResponseError(response.status, response.headers.get('content-type') ?? undefined, text.slice(0, 200));
    }
    if (body.code !== 0 || typeof body.tenant_access_token !== 'string') {
      throw new FeishuApiError({
        code: typeof body.code === 'number' ? body.code : -1,
        msg: `tenant token request failed: ${typeof body.msg === 'string' ? body.msg : 'no message'}`,
        httpStatus: response.status,
        logId: response.headers.get('x-tt-logid') ?? undefined,
        // The body of a failed token call holds no secret; a successful one is never attached.
        body: { code: body.code, msg: body.msg },
      });
    }
    const ttlMs = (typeof body.expire === 'number' ? body.expire : 7200) * 1000;
    cached = { token: body.tenant_access_token, renewAt: now() + Math.max(ttlMs - REFRESH_MARGIN_MS, ttlMs / 2) };
    return cached.token;
  };
  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
      return true;
    },
  };
}

export function tokenSource(auth: FeishuAuth, baseUrl: string, fetchImpl: FetchLike): TokenSource {
  if ('appId' in auth) {
    if (!auth.appId || !auth.appSecret) throw new FeishuError('auth.appId and auth.appSecret are both required');
    return tenantTokenSource(auth, baseUrl, fetchImpl);
  }
  if ('accessToken' in auth) {
    if (typeof auth.accessToken !== 'string' || auth.accessToken === '') throw new FeishuError('auth.accessToken must be a non-empty string');
    return { get: () => Promise.resolve(auth.accessToken), invalidate: () => false };
  }
  if (typeof auth.getAccessToken !== 'function') throw new FeishuError('auth must be { appId, appSecret }, { accessToken } or { getAccessToken }');
  return { get: () => auth.getAccessToken(), invalidate: () => true };
}
