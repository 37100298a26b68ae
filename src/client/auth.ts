import { abortError, withinBounds, type Limits } from './deadline.js';
import { codeOf, unexpected } from './envelope.js';
import { assertHeaderSafe, checkAuth, type FeishuAuth } from './auth-check.js';
import { FeishuApiError, FeishuContractError } from './errors.js';
import type { Send } from './retry.js';
import type { SecretSet } from './secrets.js';
import { joinUrl, pathOf } from './url.js';

export type { FeishuAuth };

/** Renew this long before the token expires (the official SDKs use 3 minutes). */
const REFRESH_MARGIN_MS = 3 * 60 * 1000;
/**
 * Bounds on the lifetime a token answer states: an `expire` of 0, negative or not a number would
 * fetch a token per call, a huge one would keep a token past its real end. Feishu issues tenant
 * tokens for two hours; a stated lifetime is clamped into [1 minute, 2 hours].
 */
const MIN_LIFETIME_S = 60;
const MAX_LIFETIME_S = 2 * 60 * 60;

/** A token and the generation it belongs to: an invalidation applies to one generation only. */
export interface HeldToken {
  token: string;
  generation: number;
}

export interface TokenSource {
  /** The token to send; waiting for it is bounded by `limits`, and an aborted signal sends nothing. */
  get(limits: Limits): Promise<HeldToken>;
  /**
   * The platform refused `held` (99991663): forget it if it is still the current one. True when
   * asking again can give a fresh token. Callers refused with an older generation share the
   * refresh the first of them started — one token request per invalidation, not per caller.
   */
  invalidate(held: HeldToken): boolean;
}

/** Tenant tokens from the token endpoint: cached, renewed early, one fetch shared by concurrent callers. */
export function tenantTokenSource(auth: { appId: string; appSecret: string }, context: { baseUrl: string; send: Send; secrets: SecretSet; now?: () => number }): TokenSource {
  const now = context.now ?? Date.now;
  const url = joinUrl(context.baseUrl, pathOf('getTenantAccessToken'));
  let current: { held: HeldToken; renewAt: number } | undefined;
  let generation = 0;
  let pending: Promise<HeldToken> | undefined;
  const fetchToken = async (): Promise<HeldToken> => {
    // Shared by every waiting caller, so no caller's signal is attached; each attempt is bounded by timeoutMs.
    const received = await context.send(
      { method: 'POST', url, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ app_id: auth.appId, app_secret: auth.appSecret }) },
      { idempotent: false },
    );
    const body = received.json as { msg?: unknown; tenant_access_token?: unknown; expire?: unknown } | undefined;
    const code = codeOf(received);
    if (!body || code === undefined) throw unexpected(received, context.secrets);
    if (code !== 0 || received.status < 200 || received.status > 299) {
      const msg = context.secrets.scrub(typeof body.msg === 'string' ? body.msg : 'no message');
      throw new FeishuApiError({
        code,
        msg,
        context: 'tenant token request failed',
        httpStatus: received.status,
        logId: received.headers.get('x-tt-logid') ?? undefined,
        // Only code and msg: a failed token answer may echo the request, and a successful one holds the token.
        body: { code, msg },
      });
    }
    const token = body.tenant_access_token;
    if (typeof token !== 'string' || token === '') {
      throw new FeishuContractError('getTenantAccessToken.response', [{ path: '/tenant_access_token', keyword: 'type', message: 'tenant_access_token must be a non-empty string' }]);
    }
    context.secrets.addIssued(token);
    assertHeaderSafe(token, 'The tenant_access_token Feishu answered');
    const lifetimeS = typeof body.expire === 'number' && Number.isFinite(body.expire) ? Math.min(MAX_LIFETIME_S, Math.max(MIN_LIFETIME_S, body.expire)) : MAX_LIFETIME_S;
    const ttlMs = lifetimeS * 1000;
    generation += 1;
    current = { held: { token, generation }, renewAt: now() + Math.max(ttlMs - REFRESH_MARGIN_MS, ttlMs / 2) };
    return current.held;
  };
  return {
    get(limits) {
      if (current && now() < current.renewAt) return Promise.resolve(current.held);
      // An aborted call sends nothing, credentials least of all.
      if (limits.signal?.aborted) return Promise.reject(abortError(limits.signal));
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      const shared = pending;
      return withinBounds(() => shared, limits);
    },
    invalidate(held) {
      if (current?.held.generation === held.generation) current = undefined;
      return true;
    },
  };
}

/** The token source for `auth` (checked by {@link checkAuth}); its secrets are registered with `secrets` so that errors never show them. */
export function tokenSource(auth: FeishuAuth, context: { baseUrl: string; send: Send; secrets: SecretSet }): TokenSource {
  checkAuth(auth, context.secrets);
  if ('appId' in auth) return tenantTokenSource(auth, context);
  if ('accessToken' in auth) {
    const held = { token: auth.accessToken, generation: 0 };
    return { get: (limits) => (limits.signal?.aborted ? Promise.reject(abortError(limits.signal)) : Promise.resolve(held)), invalidate: () => false };
  }
  const source = auth.getAccessToken;
  let generation = 0;
  return {
    async get(limits) {
      const token = await withinBounds(async (bound) => source({ signal: bound.signal }), limits);
      if (typeof token === 'string') context.secrets.addIssued(token);
      assertHeaderSafe(token, 'The token auth.getAccessToken resolved to');
      generation += 1;
      return { token, generation };
    },
    invalidate: () => true,
  };
}
