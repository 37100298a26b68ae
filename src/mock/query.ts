// The query string → the typed query object an operation's contract checks.
import type { QueryKind } from './spec.js';

/**
 * Keeps the parameters the operation declares (the platform ignores others) and coerces each by
 * its schema: integers and numbers from their digits (anything else stays a string, for the
 * contract to refuse by name), booleans from `true`/`false`, arrays from comma lists
 * (`types=group,p2p`) and repeated keys alike. A repeated scalar keeps its first value.
 */
export function parseQuery(search: string, kinds: ReadonlyMap<string, QueryKind>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (search === '') return out;
  for (const [name, value] of pairsOf(search)) {
    const kind = kinds.get(name);
    if (kind === undefined) continue;
    if (kind === 'array') {
      const items = value.split(',');
      const held = out[name];
      out[name] = Array.isArray(held) ? held.concat(items) : items;
    } else if (!(name in out)) {
      out[name] = coerce(value, kind);
    }
  }
  return out;
}

function coerce(value: string, kind: Exclude<QueryKind, 'array'>): unknown {
  switch (kind) {
    case 'integer':
      return /^-?\d{1,15}$/.test(value) ? Number(value) : value;
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    default:
      return value;
  }
}

/**
 * The name/value pairs of a query string, as URLSearchParams reads them. A string with nothing to
 * decode (no `%`, no `+`, no leading `?`), the common case, is split directly: the same pairs,
 * without URLSearchParams' objects.
 */
function pairsOf(search: string): Iterable<[string, string]> {
  if (search.charCodeAt(0) === 63 /* ? */ || search.includes('%') || search.includes('+')) return new URLSearchParams(search);
  const pairs: [string, string][] = [];
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    pairs.push(eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]);
  }
  return pairs;
}
