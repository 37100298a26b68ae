import { FeishuContractError } from '../errors.js';
import { operationOf, type OperationInfo } from './table.js';

/** An unpaired UTF-16 surrogate: no URL can carry it (encodeURIComponent throws a URIError). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses a value that cannot go into a URL as it is: a lone surrogate (it has no UTF-8 form), or
 * for a path parameter a dot segment (`.` or `..`, which URL resolution collapses, so that
 * `GET /open-apis/im/v1/chats/..` would be sent to `/open-apis/im/v1/` with the bearer token). A
 * FeishuContractError naming the field; nothing is sent.
 */
export function checkUrlValue(schemaId: string, where: 'path' | 'query', name: string, value: unknown): void {
  if (typeof value !== 'string') return;
  const bad = LONE_SURROGATE.exec(value);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase();
    throw new FeishuContractError(schemaId, [{ path: `/${name}`, keyword: 'format', message: `${name} holds a lone surrogate (U+${code} at position ${bad.index}), which no URL can carry` }]);
  }
  if (where === 'path' && (value === '.' || value === '..')) {
    throw new FeishuContractError(schemaId, [{ path: `/${name}`, keyword: 'not', message: `${name} must not be "." or ".." (a dot segment would change the path the request is sent to)` }]);
  }
}

/** {@link checkUrlValue} for every name and value of a query (array items one by one). */
export function checkQuery(schemaId: string, query: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(query ?? {})) {
    checkUrlValue(schemaId, 'query', name, name);
    for (const v of Array.isArray(value) ? value : [value]) checkUrlValue(schemaId, 'query', name, v);
  }
}

/**
 * `baseUrl` joined with an API path. The base may carry a path prefix (a gateway, a mock mounted
 * under a path), with or without a trailing slash: it is kept for every request, the token request
 * included — never resolved away as `new URL('/open-apis/…', base)` would.
 */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** The path template of an operation, from the operation table. */
export function pathOf(operationId: string): string {
  return operationOf(operationId).path;
}

/**
 * The operation's path with its parameters filled in, each percent-encoded as one segment (a `/`
 * or `?` in an id cannot change which resource is addressed). A missing or empty one is a
 * FeishuContractError naming it; nothing is sent.
 */
export function fillPath(op: OperationInfo, params: Record<string, unknown> | undefined): string {
  const missing = op.pathParams.filter((name) => {
    const value = params?.[name];
    return value === undefined || value === null || value === '' || (typeof value !== 'string' && typeof value !== 'number');
  });
  if (missing.length) {
    throw new FeishuContractError(
      `${op.operationId}.path`,
      missing.map((name) => ({ path: `/${name}`, keyword: 'required', message: `path parameter ${name} is required (a non-empty string)` })),
    );
  }
  for (const name of op.pathParams) checkUrlValue(`${op.operationId}.path`, 'path', name, params![name]);
  return op.path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeURIComponent(String(params![name])));
}

/**
 * A query string (with its `?`) in the form Feishu reads: arrays comma-joined (`types=p2p,group`,
 * style form without explode), each value percent-encoded; `undefined` and `null` left out. A
 * string's own commas stay literal, so that the wire form of a comma-separated string
 * (`types: 'p2p,group'`) is the same as the array's — a comma means the same in a query either way.
 */
export function queryString(query: Record<string, unknown>, schemaId = 'query'): string {
  checkQuery(schemaId, query);
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value.map((v) => encodeURIComponent(String(v))).join(',') : encodeURIComponent(String(value)).replace(/%2C/g, ',');
    parts.push(`${encodeURIComponent(name)}=${values}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
