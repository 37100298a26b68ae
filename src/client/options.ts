import { quote, quoting } from '../errors.js';
import { FeishuError } from './errors.js';
import type { FeishuClientOptions } from './index.js';
import { DEFAULT_MAX_PAGES } from './paginate.js';
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

/** Whether this runtime can run the node transport: Node's built-ins reachable at run time. */
export function canUseNodeTransport(): boolean {
  const p = (globalThis as { process?: { getBuiltinModule?: unknown; versions?: { node?: string } } }).process;
  return typeof p?.getBuiltinModule === 'function' && typeof p.versions?.node === 'string';
}

/** The Feishu host (default). */
export const FEISHU_BASE_URL = 'https://open.feishu.cn';
/** The Lark (international) host. */
export const LARK_BASE_URL = 'https://open.larksuite.com';

/** createFeishuClient's options, checked, with their defaults. @internal */
export interface ClientSettings {
  baseUrl: string;
  timeoutMs: number;
  maxResponseBytes: number;
  maxPages: number;
  retry: RetryOptions | false;
  transport: 'fetch' | 'node';
}

/** Checks createFeishuClient's options (all but `auth`'s fields: see checkAuth) and fills in the defaults. @internal */
export function clientSettings(options: FeishuClientOptions): ClientSettings {
  if (!options || typeof options !== 'object' || !options.auth) throw new FeishuError('createFeishuClient needs options.auth');
  const baseUrl = options.baseUrl ?? FEISHU_BASE_URL;
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) throw new FeishuError('baseUrl must be an absolute URL, e.g. https://open.feishu.cn');
  return {
    baseUrl,
    timeoutMs: positive('timeoutMs', options.timeoutMs, 30_000, MAX_TIMER_MS),
    maxResponseBytes: positive('maxResponseBytes', options.maxResponseBytes, 8 * 1024 * 1024),
    maxPages: positive('maxPages', options.maxPages, DEFAULT_MAX_PAGES),
    retry: checkRetry(options.retry),
    transport: transportKind(options),
  };
}

/** The transport `options` ask for (see {@link FeishuClientOptions.transport}); contradictory options are a FeishuError. */
function transportKind(options: FeishuClientOptions): 'fetch' | 'node' {
  const kind = options.transport ?? (options.fetch !== undefined || !canUseNodeTransport() ? 'fetch' : 'node');
  if (kind === 'node') {
    if (options.fetch !== undefined) throw new FeishuError("transport 'node' does not use options.fetch: leave out one of them");
    if (!canUseNodeTransport()) throw new FeishuError("transport 'node' needs Node (>= 20.16, for process.getBuiltinModule); use transport 'fetch' here");
    return 'node';
  }
  if (kind !== 'fetch') throw new FeishuError(quoting`transport must be 'fetch' or 'node' (got ${quote(JSON.stringify(String(kind)).slice(0, 40))})`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new FeishuError('fetch must be a function (request: Request) => Promise<Response>');
  return 'fetch';
}
