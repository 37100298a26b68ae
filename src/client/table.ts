// The client's view of the generated operation table (issue 14.1): the one place that looks an
// operation up, so that an unknown operationId is a FeishuError naming the known ones.
import { operations, type OperationInfo } from '../../generated/operations.js';
import { FeishuError, quote, quoting } from '../errors.js';

export { operations, type OperationInfo };

/** The table entry of `operationId`, or a FeishuError naming the known ones. */
export function operationOf(operationId: string): OperationInfo {
  const op = Object.prototype.hasOwnProperty.call(operations, operationId) ? (operations as Record<string, OperationInfo>)[operationId] : undefined;
  if (!op) throw new FeishuError(quoting`Unknown operation ${quote(JSON.stringify(operationId))}; known: ${Object.keys(operations).join(', ')}`);
  return op;
}

/**
 * A matcher per operation of the table, from its path template; literal paths before templated ones.
 * Built on the first match, not at import (importing the package root stays cheap).
 */
let routes: { op: OperationInfo; pattern: RegExp }[] | undefined;
const routesOf = () =>
  (routes ??= (Object.values(operations) as OperationInfo[])
    .map((op) => ({
      op,
      // The template's parameters match one segment; any base-URL prefix (a gateway path) may come before it.
      pattern: new RegExp(`${op.path.split(/\{[^{}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`),
    }))
    .sort((a, b) => a.op.pathParams.length - b.op.pathParams.length || b.op.path.length - a.op.path.length));

/** The operation a request was for, matched by method and path template. */
export function operationForRequest(method: string, pathname: string): OperationInfo | undefined {
  return routesOf().find((r) => r.op.method === method && r.pattern.test(pathname))?.op;
}

/** Methods safe to resend when a request matches no operation of the table. */
export const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/**
 * Whether resending is safe, from the table: a GET-like operation, or one whose body carries the
 * dedup key the platform honours (`idempotencyKey`).
 */
export function isIdempotent(op: OperationInfo, body: unknown, query?: Record<string, unknown>): boolean {
  if (op.idempotent) return true;
  const where = op.idempotencyKey?.in === 'body' ? body : op.idempotencyKey?.in === 'query' ? query : undefined;
  if (!op.idempotencyKey || !where || typeof where !== 'object') return false;
  const value = (where as Record<string, unknown>)[op.idempotencyKey.name];
  return typeof value === 'string' ? value !== '' : value !== undefined && value !== null;
}

/** A request body read back as JSON (for `client.api`), or undefined. */
export function parsedBody(body: string | undefined): unknown {
  try {
    return body === undefined ? undefined : JSON.parse(body);
  } catch {
    return undefined;
  }
}

