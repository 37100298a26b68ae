// Direction-aware comparison of two JSON Schemas (Draft 2020-12, the dialect of OpenAPI 3.1).
// The same edit means opposite things on the two sides of the wire: a tighter limit on what a
// consumer sends rejects payloads that used to pass (breaking), a tighter limit on what it receives
// only narrows what it must handle (additive). The rules follow GitHub's rest-api-description
// breaking-change policy; README "Versioning" lists them.
import { has, own, toPointer, type Change, type Direction, type Severity } from './types.js';

// JSON documents: any shape, walked by keyword.
type Json = any;

/** A schema, the document it is in (the URI its relative `$ref`s resolve against), and where in it. */
export interface Located {
  schema: Json;
  base: string;
  /** JSON pointer segments from the document's root to the schema. */
  at: string[];
}

/** The documents a comparison may follow `$ref`s into, by absolute URI (no fragment). */
export class Documents {
  readonly #docs = new Map<string, Json>();

  /** @param root the document compared; `uri` names it when it has no `$id` of its own. */
  constructor(root: Json, uri: string, others: Iterable<[string, Json]> = []) {
    for (const [id, doc] of others) this.#docs.set(id.split('#')[0]!, doc);
    this.rootUri = typeof root?.$id === 'string' ? new URL(root.$id, uri).href.split('#')[0]! : uri;
    this.#docs.set(this.rootUri, root);
  }

  readonly rootUri: string;

  /** The schema a `$ref` points to, with a key naming it absolutely; undefined when it is not in these documents. */
  resolve(ref: string, base: string): (Located & { key: string }) | undefined {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return undefined;
    }
    const docUri = url.href.split('#')[0]!;
    const doc = this.#docs.get(docUri);
    const pointer = decodeURIComponent(url.hash.slice(1));
    if (doc === undefined || (pointer !== '' && !pointer.startsWith('/'))) return undefined;
    let node = doc;
    const at = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const segment of at) {
      if (!node || typeof node !== 'object') return undefined;
      node = own(node, segment);
    }
    return node === undefined ? undefined : { schema: node, base: docUri, at, key: `${docUri}#${pointer}` };
  }

  /** A JSON pointer to a place in these documents: plain for the compared document, prefixed by its URI for another. */
  pointer(base: string, at: string[]): string {
    return base === this.rootUri ? toPointer(at) : `${base}#${toPointer(at)}`;
  }
}

const UPPER_LIMITS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties', 'maxContains'];
const LOWER_LIMITS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties', 'minContains'];
/** Rules with no order: any new one restricts, any removed one relaxes, a changed one may do either. */
const RULES = ['pattern', 'format', 'multipleOf', 'uniqueItems', 'contentEncoding', 'contentMediaType', 'dependentRequired', 'not', 'if', 'propertyNames'];
/** Subschemas that constrain the same value (or its parts) in the same direction as their parent. */
// contentSchema counts: our validators enforce it on the decoded string (createMessage's content).
const SUBSCHEMAS = ['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'then', 'else', 'contentSchema'];
const SCHEMA_MAPS = ['patternProperties', 'dependentSchemas'];
/** Keywords that say nothing about which values are valid. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'example', '$comment', 'deprecated', 'readOnly', 'writeOnly', '$schema', '$id', '$anchor', '$defs', 'definitions', 'discriminator', 'xml', 'externalDocs']);
/** Our keywords that validate a subschema in place (and only label its errors): compared like any subschema. */
const WRAPPERS = ['x-platformError'];

/**
 * How the diff reads one of our `x-` keywords (the contract's naming convention): a number named
 * `x-max…`/`x-min…` is a limit (`x-maxSerializedBytes`, the card tree limits), a boolean is a rule
 * switched on (`x-uniqueElementIds`), a wrapper holds a subschema; anything else only annotates.
 */
export function extensionKind(keyword: string, value: unknown): 'upper-limit' | 'lower-limit' | 'rule' | 'wrapper' | 'annotation' {
  if (WRAPPERS.includes(keyword) && isObject(value)) return 'wrapper';
  if (/^x-max[A-Z]/.test(keyword) && typeof value === 'number') return 'upper-limit';
  if (/^x-min[A-Z]/.test(keyword) && typeof value === 'number') return 'lower-limit';
  if (keyword.startsWith('x-') && typeof value === 'boolean') return 'rule';
  return 'annotation';
}

const HANDLED: ReadonlySet<string> = new Set(['$ref', 'type', 'enum', 'const', 'properties', 'required', 'prefixItems', 'allOf', 'anyOf', 'oneOf', 'default', ...UPPER_LIMITS, ...LOWER_LIMITS, ...RULES, ...SUBSCHEMAS, ...SCHEMA_MAPS]);

/** Whether the diff compares a standard JSON Schema keyword (rather than skipping it as an annotation). */
export function comparesKeyword(keyword: string): boolean {
  return HANDLED.has(keyword);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A value in a message: JSON, cut short when long (a whole new subschema would drown the line). */
const show = (v: unknown) => {
  if (v === undefined) return 'none';
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};
const isObject = (v: unknown): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Compares schemas of the old and the new contract, following `$ref`s in their own documents. */
export class SchemaComparer {
  /**
   * Pairs of `$ref` targets already compared, per direction. Changes carry the pointer of the place
   * they were written, so a piece shared by many operations is reported once (and a recursive one terminates).
   */
  readonly #done = new Set<string>();

  constructor(
    readonly oldDocs: Documents,
    readonly newDocs: Documents,
  ) {}

  /** The changes from `oldSchema` to `newSchema`; each pointer names where the change was written (the old document's place for a removal). */
  compare(oldSchema: Located, newSchema: Located, direction: Direction, aliasDepth = 0): Change[] {
    const o: Located = { ...oldSchema, schema: normalize(oldSchema.schema) };
    const n: Located = { ...newSchema, schema: normalize(newSchema.schema) };
    const wrapped = this.#wrapped(o, n, direction);
    if (wrapped) return wrapped;
    const oRef = typeof o.schema.$ref === 'string' ? o.schema.$ref : undefined;
    const nRef = typeof n.schema.$ref === 'string' ? n.schema.$ref : undefined;
    if (oRef === undefined && nRef === undefined) return this.#keywords(o, n, direction);

    const siblings = () => this.compare({ ...o, schema: without(o.schema, '$ref') }, { ...n, schema: without(n.schema, '$ref') }, direction);
    const ro = oRef === undefined ? undefined : this.oldDocs.resolve(oRef, o.base);
    const rn = nRef === undefined ? undefined : this.newDocs.resolve(nRef, n.base);
    // Only one side is a $ref whose chain of targets never ends ({"$ref": "#"} as a whole document):
    // nothing to compare it with.
    const endless = aliasDepth > 64;
    if ((oRef !== undefined && !ro) || (nRef !== undefined && !rn) || endless) {
      // A $ref outside the documents given (say, a file next to the one compared): compared as text.
      const absolute = (ref: string | undefined, base: string) => (ref === undefined ? undefined : URL.canParse(ref, base) ? new URL(ref, base).href : ref);
      const changed = absolute(oRef, o.base) !== absolute(nRef, n.base);
      const note: Change[] = changed
        ? [{ severity: 'warning', rule: 'unresolved-ref-changed', direction, pointer: this.newDocs.pointer(n.base, [...n.at, '$ref']), message: `$ref ${show(oRef)} → ${show(nRef)} (${endless ? 'an endless chain of $refs' : 'not resolvable within the document'}, so not compared)` }]
        : [];
      return endless ? note : [...note, ...siblings()];
    }
    if (ro && rn) {
      const key = `${ro.key}|${rn.key}|${direction}`;
      const targets = this.#done.has(key) ? [] : (this.#done.add(key), this.compare(ro, rn, direction));
      return [...targets, ...siblings()];
    }
    // Only one side is a $ref (a piece moved into or out of a shared definition): compare contents.
    return this.compare(ro ? merge(ro, o.schema) : o, rn ? merge(rn, n.schema) : n, direction, aliasDepth + 1);
  }

  /**
   * A schema that became one alternative of a new `oneOf`/`anyOf` (or the reverse): a 200 body that
   * may now also be the error envelope, a parameter that now also takes a string form. The schema is
   * compared with its own branch, and each other branch is an alternative added (request: additive;
   * response: a warning) or removed (request: breaking; response: additive) — not a rewrite of
   * everything. The branch is the one with the same `$ref`, else the only one with the same types.
   */
  #wrapped(o: Located, n: Located, direction: Direction): Change[] | undefined {
    const compositeOf = (schema: Record<string, Json>) => {
      const keys = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
      return keys.length === 1 && (keys[0] === 'oneOf' || keys[0] === 'anyOf') && Array.isArray(schema[keys[0]]) ? keys[0] : undefined;
    };
    const ok = compositeOf(o.schema);
    const nk = compositeOf(n.schema);
    if (!ok === !nk) return undefined;
    const added = !ok;
    const [plain, composite, k] = added ? [o, n, nk!] : [n, o, ok!];
    if (enumOf(composite.schema)) return undefined; // an enum written as consts: compared as values
    const branches = composite.schema[k] as Json[];
    const ref = plain.schema.$ref;
    let index = typeof ref === 'string' ? branches.findIndex((b) => isObject(b) && b.$ref === ref) : -1;
    if (index < 0) {
      const types = typesOf(plain.schema);
      const sameTypes = branches.map((b, i) => [b, i] as const).filter(([b]) => isObject(b) && same([...(typesOf(b) ?? [])].sort(), [...(types ?? [])].sort()) && types !== null);
      index = sameTypes.length === 1 ? sameTypes[0]![1] : -1;
    }
    if (index < 0) return undefined;
    const at = (i: number): Located => ({ schema: branches[i]!, base: composite.base, at: [...composite.at, k, String(i)] });
    const out = added ? this.compare(o, at(index), direction) : this.compare(at(index), n, direction);
    const doc = added ? this.newDocs : this.oldDocs;
    for (let i = 0; i < branches.length; i++) {
      if (i === index) continue;
      const severity: Severity = added ? (direction === 'request' ? 'additive' : 'warning') : direction === 'request' ? 'breaking' : 'additive';
      out.push({
        severity,
        rule: added ? 'alternative-added' : 'alternative-removed',
        direction,
        pointer: doc.pointer(composite.base, [...composite.at, k, String(i)]),
        message: `${fieldOf(composite.at)}${added ? `now also ${k} branch ${i}` : `${k} branch ${i} no longer allowed`} ${show(branches[i])}`,
      });
    }
    return out;
  }

  #keywords(o: Located, n: Located, dir: Direction): Change[] {
    const out: Change[] = [];
    /** Records a change; `inOld` places it in the old document (for something that is gone from the new one). */
    const add = (severity: Severity, rule: string, path: string[], message: string, inOld = false) =>
      out.push({
        severity,
        rule,
        direction: dir,
        pointer: inOld ? this.oldDocs.pointer(o.base, [...o.at, ...path]) : this.newDocs.pointer(n.base, [...n.at, ...path]),
        message: `${fieldOf([...(inOld ? o.at : n.at), ...path].slice(0, -1))}${message}`,
      });
    const tighter: Severity = dir === 'request' ? 'breaking' : 'additive';
    const looser: Severity = dir === 'request' ? 'additive' : 'warning';
    const os = o.schema;
    const ns = n.schema;
    const sub = (path: string[], a: Json, b: Json) => {
      out.push(...this.compare({ schema: a, base: o.base, at: [...o.at, ...path] }, { schema: b, base: n.base, at: [...n.at, ...path] }, dir));
    };

    // type — a value of a type no longer allowed is rejected (request); a response field of another type breaks readers either way.
    const ot = typesOf(os);
    const nt = typesOf(ns);
    const lost = ot === null ? (nt === null ? [] : ['any type']) : [...ot].filter((t) => nt !== null && !covers(nt, t));
    const gained = nt === null ? (ot === null ? [] : ['any type']) : [...nt].filter((t) => ot !== null && !covers(ot, t));
    if (lost.length) add('breaking', 'type-narrowed', ['type'], `type ${show(os.type)} → ${show(ns.type)}: ${lost.join(', ')} no longer allowed`);
    if (gained.length) add(dir === 'request' ? 'additive' : 'breaking', 'type-widened', ['type'], `type ${show(os.type)} → ${show(ns.type)}: ${gained.join(', ')} now allowed`);

    // enum / const / oneOf-or-anyOf of consts — the accepted (request) or possible (response) values.
    const oe = enumOf(os);
    const ne = enumOf(ns);
    if (oe === null && ne !== null) add(tighter, 'enum-restricted', [ne.keyword], `now limited to ${ne.values.map(show).join(', ')}`);
    if (oe !== null && ne === null) add(looser, 'enum-lifted', [oe.keyword], `no longer limited to ${oe.values.map(show).join(', ')}`, true);
    if (oe !== null && ne !== null) {
      // Compared by their JSON text through a set: linear, where comparing every pair was quadratic
      // (two 30,000-value enums gave no answer in 120 s).
      const oldValues = new Set(oe.values.map((v) => JSON.stringify(v)));
      const newValues = new Set(ne.values.map((v) => JSON.stringify(v)));
      for (const v of oe.values.filter((v) => !newValues.has(JSON.stringify(v)))) add(tighter, 'enum-value-removed', [oe.keyword], `value ${show(v)} removed`, true);
      for (const v of ne.values.filter((v) => !oldValues.has(JSON.stringify(v)))) add(looser, 'enum-value-added', [ne.keyword], `value ${show(v)} added`);
    }

    // Numeric limits.
    const extensions = [...new Set([...Object.keys(os), ...Object.keys(ns)])].filter((k) => k.startsWith('x-'));
    const kind = (k: string) => extensionKind(k, ns[k] ?? os[k]);
    const upper = [...UPPER_LIMITS, ...extensions.filter((k) => kind(k) === 'upper-limit')];
    for (const k of [...upper, ...LOWER_LIMITS, ...extensions.filter((k) => kind(k) === 'lower-limit')]) {
      const ov = os[k];
      const nv = ns[k];
      if (same(ov, nv)) continue;
      const tightened = nv !== undefined && (ov === undefined || (upper.includes(k) ? nv < ov : nv > ov));
      add(tightened ? tighter : looser, tightened ? 'limit-tightened' : 'limit-loosened', [k], `${k} ${show(ov)} → ${show(nv)}`);
    }
    // Unordered rules: new → tighter, removed → looser, changed → cannot tell, so treat as tighter (request) or a surprise (response).
    for (const k of [...RULES, ...extensions.filter((k) => kind(k) === 'rule')]) {
      // A boolean rule set to false is the same as no rule.
      const ov = (k === 'uniqueItems' || k.startsWith('x-')) && os[k] === false ? undefined : os[k];
      const nv = (k === 'uniqueItems' || k.startsWith('x-')) && ns[k] === false ? undefined : ns[k];
      if (same(ov, nv)) continue;
      if (ov === undefined) add(tighter, 'rule-added', [k], `new ${k} ${show(nv)}`);
      else if (nv === undefined) add(looser, 'rule-removed', [k], `${k} ${show(ov)} removed`, true);
      else add(dir === 'request' ? 'breaking' : 'warning', 'rule-changed', [k], `${k} ${show(ov)} → ${show(nv)}`);
    }

    // Properties and which of them are required.
    const op: Record<string, Json> = isObject(os.properties) ? os.properties : {};
    const np: Record<string, Json> = isObject(ns.properties) ? ns.properties : {};
    const oreq = new Set<string>(Array.isArray(os.required) ? os.required : []);
    const nreq = new Set<string>(Array.isArray(ns.required) ? ns.required : []);
    const names = [...new Set([...Object.keys(op), ...oreq, ...Object.keys(np), ...nreq])];
    for (const name of names) {
      const inOld = has(op, name);
      const inNew = has(np, name);
      if (inOld && !inNew && !nreq.has(name)) {
        add('breaking', 'property-removed', ['properties', name], `property ${name} removed`, true);
        continue;
      }
      if (!inOld && inNew && !oreq.has(name)) {
        if (dir === 'request' && nreq.has(name)) add('breaking', 'required-property-added', ['properties', name], `new required property ${name}`);
        else add('additive', 'property-added', ['properties', name], `new ${nreq.has(name) ? 'required' : 'optional'} property ${name}`);
        continue;
      }
      if (inOld && inNew) sub(['properties', name], own(op, name), own(np, name));
      const at = inNew ? ['properties', name] : ['required'];
      if (!oreq.has(name) && nreq.has(name)) add(dir === 'request' ? 'breaking' : 'additive', 'property-made-required', at, `${name} is now required`);
      if (oreq.has(name) && !nreq.has(name)) add(dir === 'request' ? 'additive' : 'breaking', 'property-made-optional', at, `${name} is now optional`);
    }

    // Subschemas of the same value: compared in place; a new one restricts, a removed one relaxes.
    for (const k of SUBSCHEMAS) {
      const ov = os[k];
      const nv = ns[k];
      if (ov !== undefined && nv !== undefined) sub([k], ov, nv);
      else if (nv !== undefined) add(tighter, 'rule-added', [k], `new ${k} ${show(nv)}`);
      else if (ov !== undefined) add(looser, 'rule-removed', [k], `${k} removed`, true);
    }
    for (const k of extensions.filter((k) => kind(k) === 'wrapper')) {
      const ov = os[k]?.schema;
      const nv = ns[k]?.schema;
      if (ov !== undefined && nv !== undefined) sub([k, 'schema'], ov, nv);
      else if (nv !== undefined) add(tighter, 'rule-added', [k], `new ${k} rule`);
      else if (ov !== undefined) add(looser, 'rule-removed', [k], `${k} rule removed`, true);
    }
    for (const k of [...SCHEMA_MAPS, 'prefixItems']) {
      const om: Record<string, Json> = os[k] ?? {};
      const nm: Record<string, Json> = ns[k] ?? {};
      for (const key of new Set([...Object.keys(om), ...Object.keys(nm)])) {
        if (has(om, key) && has(nm, key)) sub([k, key], own(om, key), own(nm, key));
        else if (has(nm, key)) add(tighter, 'rule-added', [k, key], `new ${k} entry ${key}`);
        else add(looser, 'rule-removed', [k, key], `${k} entry ${key} removed`, true);
      }
    }

    // Compositions (other than the enums above): allOf adds rules; anyOf/oneOf branches are alternatives.
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
      if (oe?.keyword === k || ne?.keyword === k) continue;
      const ov: Json[] | undefined = os[k];
      const nv: Json[] | undefined = ns[k];
      if (ov === undefined && nv === undefined) continue;
      if (ov === undefined) {
        add(tighter, 'rule-added', [k], `new ${k}`);
        continue;
      }
      if (nv === undefined) {
        add(looser, 'rule-removed', [k], `${k} removed`, true);
        continue;
      }
      for (let i = 0; i < Math.min(ov.length, nv.length); i++) sub([k, String(i)], ov[i], nv[i]);
      const alternatives = k !== 'allOf';
      for (let i = ov.length; i < nv.length; i++) add(alternatives ? looser : tighter, alternatives ? 'alternative-added' : 'rule-added', [k, String(i)], `${k} gained branch ${i}`);
      for (let i = nv.length; i < ov.length; i++) add(alternatives ? tighter : looser, alternatives ? 'alternative-removed' : 'rule-removed', [k, String(i)], `${k} lost branch ${i}`, true);
    }

    // A changed default changes what a request that omits the field means.
    if (dir === 'request' && !same(os.default, ns.default)) add('warning', 'default-changed', ['default'], `default ${show(os.default)} → ${show(ns.default)}`);

    // Anything else that validates and changed: reported, not judged.
    for (const k of new Set([...Object.keys(os), ...Object.keys(ns)])) {
      if (HANDLED.has(k) || ANNOTATIONS.has(k) || k.startsWith('x-') || same(os[k], ns[k])) continue;
      add('warning', 'unclassified-change', [k], `${k} ${show(os[k])} → ${show(ns[k])} (a rule this tool does not classify)`);
    }
    return out;
  }
}

/** Boolean schemas as objects: `true` allows everything, `false` nothing. */
function normalize(schema: Json): Record<string, Json> {
  if (schema === true || schema === undefined) return {};
  if (schema === false) return { not: {} };
  return isObject(schema) ? schema : {};
}

/** "name: " for a change inside a named property (the last `properties` key on the way), else "". */
function fieldOf(at: string[]): string {
  for (let i = at.length - 2; i >= 0; i--) if (at[i] === 'properties') return `${at[i + 1]}: `;
  return '';
}

function without(schema: Record<string, Json>, key: string): Record<string, Json> {
  const { [key]: _, ...rest } = schema;
  return rest;
}

/** A `$ref` target with the keywords written beside the `$ref` laid over it (properties and required joined). */
function merge(target: Located, beside: Record<string, Json>): Located {
  const siblings = without(beside, '$ref');
  const t = normalize(target.schema);
  return {
    base: target.base,
    at: target.at,
    schema: {
      ...t,
      ...siblings,
      ...((t.properties || siblings.properties) && { properties: { ...t.properties, ...siblings.properties } }),
      ...((t.required || siblings.required) && { required: [...new Set([...(t.required ?? []), ...(siblings.required ?? [])])] }),
    },
  };
}

function typesOf(schema: Record<string, Json>): Set<string> | null {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type);
  return null;
}

/** Whether a set of types admits every value of type `t` (an integer is a number). */
function covers(types: Set<string>, t: string): boolean {
  return types.has(t) || (t === 'integer' && types.has('number'));
}

/** The values a schema limits itself to, and the keyword that says so; null when it names none. */
function enumOf(schema: Record<string, Json>): { keyword: string; values: Json[] } | null {
  if (has(schema, 'const')) return { keyword: 'const', values: [schema.const] };
  if (Array.isArray(schema.enum)) return { keyword: 'enum', values: schema.enum };
  for (const k of ['oneOf', 'anyOf']) {
    const branches = schema[k];
    if (Array.isArray(branches) && branches.length && branches.every((b) => isObject(b) && has(b, 'const'))) return { keyword: k, values: branches.map((b) => b.const) };
  }
  return null;
}
