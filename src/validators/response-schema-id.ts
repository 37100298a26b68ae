// The schema id an answer must match, from the operation table alone: kept apart from the compiled
// validators so that the client can name a schema without loading them (issue 17: import time).
import { operations } from '../../generated/operations.js';
import type { SchemaId } from './schema-types.js';

/**
 * The schema id a response of `operationId` with HTTP `status` must match (falls back to `NXX`, then
 * `default`). Where the status may carry either body (Feishu answers some failures with HTTP 200),
 * `body` decides: `code === 0` is the success body, anything else the error envelope; without a
 * body the success one is named.
 */
export function responseSchemaId(operationId: string, status: number | string, body?: unknown): SchemaId | undefined {
  const op = (operations as Record<string, (typeof operations)[keyof typeof operations]>)[operationId];
  if (!op) return undefined;
  const s = String(status);
  const roles = op.responses[s] ?? op.responses[`${s[0]}XX`] ?? op.responses.default;
  if (!roles) return undefined;
  if (roles.success && roles.error && body !== undefined) {
    const code = body !== null && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
    return code === 0 ? roles.success : roles.error;
  }
  return roles.success ?? roles.error;
}
