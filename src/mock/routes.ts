// Matching a request line to an operation of the table: path templates with parameters, then the method.
import type { OperationInfo } from '../../generated/operations.js';

/** An operation of the generated table, as the mock routes it. */
export type MockOperation = OperationInfo;

/** A matched operation and its decoded path parameters, or why there is none. */
export type RouteMatch =
  | { operation: MockOperation; params: Record<string, string> }
  | { miss: 'path' | 'method' };

interface Templated {
  segments: (string | { param: string })[];
  literals: number;
  byMethod: Map<string, MockOperation>;
}

/**
 * The routes of a table. Paths without parameters are one map lookup; templated paths are tried
 * most literal segments first, so `/chats/search` wins over `/chats/{chat_id}`.
 */
export class Routes {
  private readonly exact = new Map<string, Map<string, MockOperation>>();
  private readonly templated: Templated[] = [];

  constructor(operations: readonly MockOperation[]) {
    const byTemplate = new Map<string, Templated>();
    for (const op of operations) {
      if (!op.path.includes('{')) {
        const methods = this.exact.get(op.path) ?? new Map<string, MockOperation>();
        methods.set(op.method.toUpperCase(), op);
        this.exact.set(op.path, methods);
        continue;
      }
      let entry = byTemplate.get(op.path);
      if (!entry) {
        const segments = op.path.split('/').map((s) => (/^\{[^}]+\}$/.test(s) ? { param: s.slice(1, -1) } : s));
        entry = { segments, literals: segments.filter((s) => typeof s === 'string').length, byMethod: new Map() };
        byTemplate.set(op.path, entry);
        this.templated.push(entry);
      }
      entry.byMethod.set(op.method.toUpperCase(), op);
    }
    this.templated.sort((a, b) => b.literals - a.literals);
  }

  match(method: string, pathname: string): RouteMatch {
    const exact = this.exact.get(pathname);
    if (exact) {
      const operation = exact.get(method);
      return operation ? { operation, params: {} } : { miss: 'method' };
    }
    const parts = pathname.split('/');
    let pathKnown = false;
    for (const t of this.templated) {
      const params = matchSegments(t.segments, parts);
      if (!params) continue;
      pathKnown = true;
      const operation = t.byMethod.get(method);
      if (operation) return { operation, params };
    }
    return { miss: pathKnown ? 'method' : 'path' };
  }
}

function matchSegments(segments: Templated['segments'], parts: string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const part = parts[i]!;
    if (typeof s === 'string') {
      if (s !== part) return undefined;
    } else {
      if (part === '') return undefined;
      try {
        params[s.param] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}
