// `diffContracts`: compares two versions of the contract — two bundled OpenAPI documents, or two JSON
// Schemas of one payload — and classifies every change by the side of the wire it is on.
// OpenAPI 3.1 uses JSON Schema 2020-12 as is, so one schema comparer serves both.
import { diffOpenApi } from './openapi.js';
import { Documents, SchemaComparer } from './schema.js';
import { summarize, type Change, type DiffResult, type Direction } from './types.js';

export type { Change, DiffResult, Direction, Severity } from './types.js';
export { diffOpenApi } from './openapi.js';
export { formatChange } from './format.js';
export { summarize } from './types.js';
export { Documents, SchemaComparer, type Located } from './schema.js';

type Json = any;

/** What to compare, and how to name it in messages. */
export interface DiffOptions {
  /**
   * Direction of a JSON Schema's payload; inferred from its name (`*.input|body|query|path` request,
   * `*.success|fail|response` response) when absent, else `both`: a payload that may travel either
   * way (a card is sent, and read back in messages), where a change breaks if it breaks either side.
   */
  direction?: Direction | 'both';
  /** Names (file names) of the two inputs, used to infer the direction and in messages. */
  names?: [string, string];
  /** Other documents the JSON Schemas' `$ref`s may point into, by `$id` (old side, new side). */
  documents?: [Iterable<[string, Json]>, Iterable<[string, Json]>];
}

/** Whether a document is an OpenAPI description (rather than a JSON Schema). */
export function isOpenApi(doc: Json): boolean {
  return !!doc && typeof doc === 'object' && typeof doc.openapi === 'string' && typeof doc.paths === 'object';
}

/**
 * The direction a JSON Schema's payload travels, from its name: our schema ids and file names end
 * in `.input`, `.body`, `.query` or `.path` (sent by the consumer) or `.success`, `.fail`, `.response` (received).
 * An event body (schema id `event.<name>`, file `events/<name>.json`) is received from Feishu, except the
 * app's own answer to a callback, whose name ends in `.response`: that one the consumer sends.
 */
export function directionOf(...names: (string | undefined)[]): Direction | undefined {
  for (const name of names) {
    const event = name && (/(?:^|[\\/])events[\\/]([^\\/#]+?)(?:\.json)?$/.exec(name) ?? /(?:^|[\\/#])event\.([^\\/#]+?)(?:\.json)?$/.exec(name));
    if (event) return event[1]!.endsWith('.response') ? 'request' : 'response';
    const base = name?.split(/[\\/#]/).filter(Boolean).pop()?.replace(/\.json$/, '');
    if (!base) continue;
    if (/(^|\.)(input|body|query|path)$/.test(base)) return 'request';
    if (/(^|\.)(success|fail|response)$/.test(base) || /^errorResponse$/i.test(base)) return 'response';
  }
  return undefined;
}

/** Compares two JSON Schemas of one payload (the whole document is the schema). */
export function diffJsonSchema(oldSchema: Json, newSchema: Json, direction: Direction | 'both', documents?: DiffOptions['documents']): Change[] {
  const oldDocs = new Documents(oldSchema, 'file:///old/schema.json', documents?.[0]);
  const newDocs = new Documents(newSchema, 'file:///new/schema.json', documents?.[1]);
  const compare = (d: Direction) =>
    new SchemaComparer(oldDocs, newDocs).compare({ schema: oldSchema, base: oldDocs.rootUri, at: [] }, { schema: newSchema, base: newDocs.rootUri, at: [] }, d);
  if (direction !== 'both') return compare(direction);
  // Both ways: each change once, with the verdict of the side it hurts most.
  const rank = { breaking: 0, warning: 1, additive: 2 } as const;
  const worst = new Map<string, Change>();
  for (const c of [...compare('request'), ...compare('response')]) {
    const key = `${c.pointer}|${c.message}`;
    const seen = worst.get(key);
    if (!seen || rank[c.severity] < rank[seen.severity]) worst.set(key, c);
  }
  return [...worst.values()];
}

/**
 * Compares two versions of a contract document. Returns the classified changes, or `problem` when
 * the inputs cannot be compared (not JSON objects; one OpenAPI and one JSON Schema).
 */
export function diffContracts(oldDoc: Json, newDoc: Json, options: DiffOptions = {}): DiffResult | { problem: string } {
  const [oldName = 'old', newName = 'new'] = options.names ?? [];
  for (const [doc, name] of [[oldDoc, oldName], [newDoc, newName]] as const) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { problem: `${name} is neither an OpenAPI document nor a JSON Schema (expected a JSON object)` };
  }
  if (isOpenApi(oldDoc) !== isOpenApi(newDoc)) {
    return { problem: `${isOpenApi(oldDoc) ? oldName : newName} is an OpenAPI document but ${isOpenApi(oldDoc) ? newName : oldName} is not: compare like with like` };
  }
  try {
    if (isOpenApi(oldDoc)) return summarize(diffOpenApi(oldDoc, newDoc));
    const direction = options.direction ?? directionOf(newDoc.$id, oldDoc.$id, newDoc.title, oldDoc.title, newName, oldName) ?? 'both';
    return summarize(diffJsonSchema(oldDoc, newDoc, direction, options.documents));
  } catch (error) {
    // The comparison follows nesting and $ref chains by recursion: a schema nested hundreds of levels
    // deep, or a chain of thousands of $refs, runs it out of stack. That is a pair it cannot compare
    // (a usage problem, exit 2), never a verdict of "breaking" (exit 1).
    if (error instanceof RangeError) {
      return { problem: `cannot compare ${oldName} with ${newName}: its schemas nest or chain $refs too deeply for the comparison (${error.message})` };
    }
    throw error;
  }
}
