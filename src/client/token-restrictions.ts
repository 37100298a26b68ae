import { errorCodes, type ErrorCodeName } from '../contract-facts.js';
import { FeishuContractError } from '../errors.js';
import type { FeishuAuth } from './auth.js';
import type { OperationInfo } from './table.js';

/** The kind of token `auth` sends, when it is known before the call: app credentials send tenant tokens; a fixed token tells by its prefix. */
export function knownTokenType(auth: FeishuAuth): 'tenant' | 'user' | undefined {
  if ('appId' in auth) return 'tenant';
  if ('accessToken' in auth) return auth.accessToken.startsWith('t-') ? 'tenant' : auth.accessToken.startsWith('u-') ? 'user' : undefined;
  return undefined;
}

/**
 * Refuses, before sending, a query value the platform refuses for this kind of token (the table's
 * `tokenRestrictions`, e.g. listChats `types` with `p2p` under a tenant token → 232001): the error
 * names the field, the value and the rule instead of a round trip to a platform error.
 */
export function checkTokenRestrictions(op: OperationInfo, query: Record<string, unknown>, tokenType: 'tenant' | 'user' | undefined): void {
  if (!tokenType) return;
  for (const [name, facts] of Object.entries(op.query)) {
    const value = query[name];
    if (value === undefined || value === null || !facts.tokenRestrictions) continue;
    const given = (Array.isArray(value) ? value : String(value).split(',')).map(String);
    for (const rule of facts.tokenRestrictions) {
      const refused = rule.tokenType === tokenType ? given.filter((v) => rule.values.includes(v)) : [];
      if (!refused.length) continue;
      const code = errorCodes[rule.error as ErrorCodeName]?.code;
      throw new FeishuContractError(`${op.operationId}.query`, [
        {
          path: `/${name}`,
          keyword: 'x-token-restrictions',
          message: `${name} ${refused.join(',')} needs a ${tokenType === 'tenant' ? 'user' : 'tenant'} access token: with a ${tokenType} token the platform refuses it${code === undefined ? '' : ` (${code})`}`,
        },
      ]);
    }
  }
}
