import { operations } from '../../generated/contract-index.js';
import { FeishuError } from './errors.js';

/**
 * `baseUrl` joined with an API path. The base may carry a path prefix (a gateway, a mock mounted
 * under a path), with or without a trailing slash: it is kept for every request, the token request
 * included — never resolved away as `new URL('/open-apis/…', base)` would.
 */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** The path template of an operation, from the contract. */
export function pathOf(operationId: string): string {
  const operation = operations[operationId];
  if (!operation) throw new FeishuError(`Unknown operation ${JSON.stringify(operationId)}`);
  return operation.path;
}

/**
 * A query string (with its `?`) in the form Feishu reads: arrays comma-joined (`types=p2p,group`,
 * style form without explode), each value percent-encoded; `undefined` and `null` left out.
 */
export function queryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value.map((v) => encodeURIComponent(String(v))).join(',') : encodeURIComponent(String(value));
    parts.push(`${encodeURIComponent(name)}=${values}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
