// getTenantAccessToken: app credentials → a tenant token, reused while it has 30 minutes left.
import { randomBytes } from 'node:crypto';
import type { Behaviour } from './context.js';

export const getTenantAccessToken: Behaviour = ({ body, logId }, mock) => {
  const { app_id, app_secret } = body as { app_id: string; app_secret: string };
  // The codes and messages are the operation's documented ones (x-error-codes).
  if (app_id !== mock.app.appId) return mock.fail('appCredentialsInvalid', logId, {}, 'app_id not found');
  if (app_secret !== mock.app.appSecret) return mock.fail('appSecretInvalid', logId);
  const now = mock.now();
  // Forget expired tokens, so that a long-running mock stays flat in memory.
  for (const [t, expires] of mock.tenantTokens) if (expires <= now) mock.tenantTokens.delete(t);
  // As the platform does (its token page): while the newest token has 30 minutes or more left,
  // the endpoint answers that same token with its remaining lifetime; below that, a new one
  // (both stay valid). This also keeps a busy mock from piling up tokens.
  const newest = [...mock.tenantTokens].at(-1);
  if (newest && newest[1] - now >= Math.min(30 * 60, mock.tokenTtlSeconds / 2) * 1000) {
    return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: newest[0], expire: Math.floor((newest[1] - now) / 1000) } };
  }
  const issued = `t-${randomBytes(20).toString('hex')}`;
  mock.tenantTokens.set(issued, now + mock.tokenTtlSeconds * 1000);
  return { status: 200, body: { code: 0, msg: 'ok', tenant_access_token: issued, expire: mock.tokenTtlSeconds } };
};
