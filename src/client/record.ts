import type { Middleware } from 'openapi-fetch';
import { responseSchemaId } from '../validators/response-schema-id.js';
import { FeishuError } from '../errors.js';
import { operationForRequest } from './table.js';

/** Options of {@link recordTo}. */
export interface RecordOptions {
  /** Also replace personal fields (names, descriptions, i18n names, avatars) with placeholders (default false). */
  redactPersonal?: boolean;
  /** More strings to replace wherever they appear, e.g. your app secret or a user's name. */
  secrets?: string[];
  /** Written into each file's `provenance` (default: "recorded by recordTo against <host>"). */
  provenance?: string;
  /** Called with each file written (its path), e.g. to log progress. */
  onRecord?: (file: string) => void;
}

/** One recorded call, as written to disk: replayed by the conformance suite against `schemaId`. */
export interface RecordedFixture {
  schemaId: string;
  provenance: string;
  operationId: string;
  request: { method: string; path: string; query: Record<string, string> };
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** How deep a recorded body goes; deeper subtrees are recorded as {@link TRUNCATED}. */
export const MAX_RECORDED_DEPTH = 256;
/** What a recorded file holds in place of a subtree nested too deeply. */
export const TRUNCATED = `[truncated by recordTo: nested deeper than ${MAX_RECORDED_DEPTH} levels]`;

const ID_PREFIXES = /\b(oc|ou|on|om)_[A-Za-z0-9]{6,}\b/g;
const TOKEN = /\b[tu]-[A-Za-z0-9][A-Za-z0-9._~+/=-]{15,}/g;
const KEPT_HEADERS = ['content-type', 'x-tt-logid', 'x-ogw-ratelimit-limit', 'x-ogw-ratelimit-reset', 'retry-after'];
const PERSONAL_KEYS = new Set(['name', 'description', 'avatar', 'en_us', 'zh_cn', 'ja_jp']);

/**
 * Normalizes recorded payloads the way octokit/fixtures does: identifiers become stable
 * placeholders (the same id maps to the same placeholder across a recording session), so files
 * are reviewable and diff-stable, and nothing secret is checked in.
 */
export class FixtureNormalizer {
  private readonly seen = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  constructor(private readonly options: Pick<RecordOptions, 'redactPersonal' | 'secrets'> = {}) {}

  private placeholder(kind: string, original: string, make: (n: number) => string): string {
    const key = `${kind}\u0000${original}`;
    let value = this.seen.get(key);
    if (!value) {
      const n = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, n);
      value = make(n);
      this.seen.set(key, value);
    }
    return value;
  }

  /** Replaces secrets, tokens and ids inside any string. */
  string(value: string): string {
    let out = value;
    for (const secret of this.options.secrets ?? []) if (secret) out = out.split(secret).join('[REDACTED]');
    out = out.replace(TOKEN, (token) => this.placeholder('token', token, (n) => `${token[0]}-recorded-token-${n}`));
    return out.replace(ID_PREFIXES, (id, prefix: string) => this.placeholder(prefix, id, (n) => `${prefix}_${n.toString(16).padStart(32, '0')}`));
  }

  /**
   * Normalizes a JSON value; `key` is the property it sits under. Keys are normalized as strings are
   * (a token echoed as a key is replaced like one in a value). The walk is iterative: a subtree
   * deeper than {@link MAX_RECORDED_DEPTH} levels is recorded as {@link TRUNCATED}, never a crash.
   */
  value(value: unknown, key = ''): unknown {
    const holder: Record<string, unknown> = {};
    const tasks: { from: unknown; key: string; into: Record<string, unknown> | unknown[]; at: string | number; depth: number }[] = [{ from: value, key, into: holder, at: 'v', depth: 0 }];
    while (tasks.length) {
      const task = tasks.pop()!;
      let out: unknown;
      if (task.from && typeof task.from === 'object') {
        if (task.depth >= MAX_RECORDED_DEPTH) out = TRUNCATED;
        else if (Array.isArray(task.from)) {
          // Pushed last to first, so that values are visited (and placeholders numbered) in order.
          const copy: unknown[] = [];
          for (let i = task.from.length - 1; i >= 0; i--) tasks.push({ from: task.from[i], key: task.key, into: copy, at: i, depth: task.depth + 1 });
          out = copy;
        } else {
          const copy: Record<string, unknown> = {};
          const entries = Object.entries(task.from);
          for (let i = entries.length - 1; i >= 0; i--) tasks.push({ from: entries[i]![1], key: entries[i]![0], into: copy, at: this.string(entries[i]![0]), depth: task.depth + 1 });
          out = copy;
        }
      } else out = this.leaf(task.from, task.key);
      // A key such as `__proto__` stays a plain property of the copy.
      Object.defineProperty(task.into, task.at, { value: out, enumerable: true, writable: true, configurable: true });
    }
    return holder.v;
  }

  /**
   * A request path with each segment normalized as a string is (a chat id in the path becomes the
   * same placeholder as the same id in a body); segments are decoded first and encoded again.
   */
  path(pathname: string): string {
    return pathname
      .split('/')
      .map((segment) => {
        let decoded: string;
        try {
          decoded = decodeURIComponent(segment);
        } catch {
          decoded = segment;
        }
        const normalized = this.string(decoded);
        return normalized === decoded ? segment : encodeURIComponent(normalized);
      })
      .join('/');
  }

  private leaf(value: unknown, key: string): unknown {
    if (typeof value !== 'string') return value;
    switch (key) {
      case 'log_id':
        return this.placeholder('logid', value, (n) => `RECORDEDLOGID${n.toString().padStart(19, '0')}`);
      case 'page_token':
        return value === '' ? '' : this.placeholder('page_token', value, (n) => `recorded-page-token-${n}`);
      case 'tenant_key':
        return this.placeholder('tenant', value, (n) => n.toString(16).padStart(16, '0'));
      case 'owner_id':
      case 'p2p_target_id':
        return /^(ou|on)_/.test(value) ? this.string(value) : this.placeholder('user_id', value, (n) => `recorded-user-${n}`);
      case 'troubleshooter':
        return this.string(value).replace(/log_id=[^&]+/, 'log_id=RECORDED');
    }
    if (this.options.redactPersonal && PERSONAL_KEYS.has(key)) {
      if (key === 'avatar') return 'https://example.com/recorded-avatar.png';
      return value === '' ? '' : this.placeholder(`personal-${key}`, value, (n) => `Recorded ${key} ${n}`);
    }
    return this.string(value);
  }
}

/**
 * openapi-fetch middleware that writes each call of the typed client as a fixture file in `dir`
 * (`<schemaId>.recorded-<n>.json`), normalized by {@link FixtureNormalizer}. Point a client at your
 * real tenant with it, review the files, and check them in: the conformance suite replays them.
 * Node only (it writes files); the module itself stays browser-safe.
 *
 * @example
 * ```ts
 * const client = createFeishuClient({ auth, middleware: [recordTo('test/recorded', { secrets: [appSecret] })] });
 * ```
 */
export function recordTo(dir: string, options: RecordOptions = {}): Middleware {
  const normalizer = new FixtureNormalizer(options);
  let sequence: Promise<unknown> = Promise.resolve();
  return {
    async onResponse({ request, response }) {
      const url = new URL(request.url);
      const method = request.method.toUpperCase();
      const operationId = operationForRequest(method, url.pathname)?.operationId;
      if (!operationId) return undefined;
      const text = await response.clone().text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return undefined; // not JSON: nothing a schema could replay
      }
      // An error envelope is recorded against the error schema whatever its status (Feishu answers some failures with 200).
      const schemaId = responseSchemaId(operationId, response.status, body);
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const v = response.headers.get(name);
        if (v !== null) headers[name] = name === 'x-tt-logid' ? (normalizer.value(v, 'log_id') as string) : v;
      }
      const fixture: RecordedFixture = {
        schemaId: schemaId ?? 'errorResponse',
        provenance: options.provenance ?? `recorded by recordTo against ${url.host}`,
        operationId,
        request: { method, path: normalizer.path(url.pathname), query: normalizer.value(Object.fromEntries(url.searchParams)) as Record<string, string> },
        status: response.status,
        headers,
        body: normalizer.value(body),
      };
      // Writes are chained so that file numbers follow call order.
      sequence = sequence.then(() => write(dir, fixture, options.onRecord));
      await sequence;
      return undefined;
    },
  };
}

async function write(dir: string, fixture: RecordedFixture, onRecord?: (file: string) => void) {
  // Node's built-ins through process.getBuiltinModule, never an import (not even a dynamic one, which
  // bundlers resolve): a browser or edge bundle of the package root must build (issue 22 item 7).
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (typeof p?.getBuiltinModule !== 'function') throw new FeishuError('recordTo writes files: it needs Node (>= 20.16, for process.getBuiltinModule)');
  const fs = p.getBuiltinModule('node:fs/promises') as typeof import('node:fs/promises');
  const path = p.getBuiltinModule('node:path') as typeof import('node:path');
  await fs.mkdir(dir, { recursive: true });
  const taken = new Set(await fs.readdir(dir));
  let n = 1;
  while (taken.has(`${fixture.schemaId}.recorded-${n}.json`)) n += 1;
  const file = path.join(dir, `${fixture.schemaId}.recorded-${n}.json`);
  await fs.writeFile(file, `${JSON.stringify(fixture, null, 2)}\n`, { flag: 'wx' });
  onRecord?.(file);
}
