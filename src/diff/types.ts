// The vocabulary of a contract diff: what changed, where, and whether it breaks a consumer.

/**
 * How a change affects a consumer that pinned the old version (GitHub rest-api-description's policy):
 * `breaking` can break a working integration, `warning` may surprise one (a response can now carry a
 * value it never did), `additive` cannot break one.
 */
export type Severity = 'breaking' | 'warning' | 'additive';

/**
 * Which way data flows through a schema. Direction decides the verdict: a tighter rule on what a
 * consumer sends (request) breaks it, a tighter rule on what it receives (response) does not.
 */
export type Direction = 'request' | 'response';

/** One change between two versions of the contract. */
export interface Change {
  severity: Severity;
  /** A stable name for the rule that classified the change, e.g. `required-property-added`. */
  rule: string;
  /** JSON pointer into the new document (into the old one for something removed). */
  pointer: string;
  /** Whether the changed schema describes data sent (request) or received (response); absent for whole operations. */
  direction?: Direction;
  /** What changed, in words. */
  message: string;
}

/** The outcome of comparing two versions. */
export interface DiffResult {
  changes: Change[];
  breaking: number;
  warnings: number;
  additive: number;
}

/** Turns a list of path segments into a JSON pointer (RFC 6901). */
export function toPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Counts a list of changes into a DiffResult, breaking first, in a stable order. */
export function summarize(changes: Change[]): DiffResult {
  const order: Record<Severity, number> = { breaking: 0, warning: 1, additive: 2 };
  const sorted = [...changes].sort((a, b) => order[a.severity] - order[b.severity] || a.pointer.localeCompare(b.pointer) || a.rule.localeCompare(b.rule));
  return {
    changes: sorted,
    breaking: sorted.filter((c) => c.severity === 'breaking').length,
    warnings: sorted.filter((c) => c.severity === 'warning').length,
    additive: sorted.filter((c) => c.severity === 'additive').length,
  };
}

/**
 * Own-property lookups for documents read from files: a property named `toString`, `constructor`,
 * `valueOf`, `__proto__` or `hasOwnProperty` is a name like any other, never one inherited from
 * Object.prototype (issue 21.6: removing a required `toString` was reported as no change).
 */
export function has(obj: unknown, key: string): boolean {
  return obj !== null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key);
}

/** `obj[key]` when `obj` has it as its own property, else undefined. */
export function own(obj: unknown, key: string): any {
  return has(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}
