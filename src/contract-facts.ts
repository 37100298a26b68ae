/**
 * Facts of the contract as data, generated from spec/ (x-error-codes, x-rate-limit, parameter
 * defaults): code that needs an error code or a limit reads it here instead of restating it.
 * @packageDocumentation
 */
import { contractIndex } from '../generated/contract-index.js';

/** One documented Feishu error code: its number, HTTP status, platform message (where known), meaning and what to do. */
export interface ErrorCodeInfo {
  code: number;
  httpStatus: number;
  msg?: string;
  meaning: string;
  action: string;
}

/** Names of the documented error codes (x-error-codes in spec/components/responses/). */
export type ErrorCodeName = keyof typeof contractIndex.errorCodes;

/** The documented error codes, by name, e.g. `errorCodes.tenantTokenInvalid.code === 99991663`. */
export const errorCodes: Readonly<Record<ErrorCodeName, ErrorCodeInfo>> = contractIndex.errorCodes;

/** Query-parameter facts of an operation: defaults, and where a longer value yields an empty result. */
export function queryFacts(operationId: string): Readonly<Record<string, { default?: unknown; emptyResultAboveLength?: number }>> {
  return contractIndex.operations[operationId]?.query ?? {};
}

/** The documented rate limit of an operation (requests per second and per minute). */
export function rateLimitOf(operationId: string): { perSecond: number; perMinute: number } | undefined {
  return contractIndex.operations[operationId]?.rateLimit;
}
