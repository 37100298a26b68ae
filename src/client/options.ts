import { FeishuError } from './errors.js';
import type { RetryOptions } from './retry.js';

// Checks of createFeishuClient's options: a bad value is a FeishuError naming the option and the rule.

/** Longest timer Node keeps (a longer one fires at once). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A whole number in [1, max], or `fallback` when undefined. */
export function positive(name: string, value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) throw new FeishuError(`${name} must be a whole number from 1 to ${max} (got ${typeof value === 'number' ? value : typeof value})`);
  return value;
}

/** The retry option, checked. */
export function checkRetry(retry: unknown): RetryOptions | false {
  if (retry === undefined) return {};
  if (retry === false) return false;
  if (!retry || typeof retry !== 'object') throw new FeishuError('retry must be false or { retries?, baseDelayMs?, maxDelayMs? }');
  const r = retry as Record<string, unknown>;
  for (const key of ['retries', 'baseDelayMs', 'maxDelayMs'] as const) {
    const v = r[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_TIMER_MS)) throw new FeishuError(`retry.${key} must be a whole number from 0 to ${MAX_TIMER_MS}`);
  }
  return retry as RetryOptions;
}
