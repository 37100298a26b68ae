// fast-check arbitraries generated from the contract's schemas, and single-rule mutations of a
// valid value. Written for the keywords the contract uses; an unknown keyword that constrains
// values throws, so a new kind of rule cannot be silently skipped by the property tests.
import fc from 'fast-check';
import { createAjv } from '../../scripts/lib/ajv.js';
import { resolve } from './contract.js';

interface Prop { schema: any; base: string }
/** A schema with its $ref and allOf folded in: keywords, properties (each with its own base), required keys. */
export interface Shape { k: Record<string, any>; props: Map<string, Prop>; required: Set<string>; closed: boolean; base: string }

const HANDLED = new Set([
  '$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly',
  'type', 'const', 'enum', 'oneOf', 'anyOf', 'allOf', '$ref', 'properties', 'required', 'additionalProperties', 'unevaluatedProperties',
  'if', 'then', 'else', 'not', 'items', 'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'format',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'x-maxSerializedBytes', 'contentMediaType', 'contentSchema',
  'minProperties', 'maxProperties', 'propertyNames', 'contains', 'discriminator', 'contentEncoding',
]);

export function shape(schema: any, base: string): Shape {
  const out: Shape = { k: {}, props: new Map(), required: new Set(), closed: false, base };
  const fold = (s: any, b: string) => {
    if (s === true || s === undefined) return;
    // A card (schemas/card/) is a recursive tag-dispatched tree with cross-tree rules that this
    // generator does not model: a card root is drawn from its schema's own examples instead
    // (test/card.test.ts and the card fixtures test the card rules).
    if (b.includes('/schemas/card/') && s.type === 'object' && Array.isArray(s.examples) && !out.k.enum) {
      out.k.type = 'object';
      out.k.enum = s.examples;
      return;
    }
    if (typeof s.$ref === 'string') {
      const r = resolve(s.$ref, b);
      fold(r.schema, r.base);
    }
    for (const sub of s.allOf ?? []) fold(sub, b);
    for (const key of Object.keys(s)) {
      if (!HANDLED.has(key) && !key.startsWith('x-')) throw new Error(`arbitrary: keyword "${key}" is not handled (at ${b})`);
    }
    for (const [key, value] of Object.entries(s)) {
      if (['$ref', 'allOf', 'properties', 'required', '$defs', '$id', 'if', 'then', 'else'].includes(key)) continue;
      out.k[key] = value;
    }
    // Conditionals accumulate: an allOf of if/then (createMessage's one per msg_type) keeps every one,
    // and an if/else-if chain (interactive's card forms) is flattened, its last else kept apart.
    if (s.if) {
      let link = s;
      while (link.else?.if) {
        out.k.ifs = [...(out.k.ifs ?? []), { if: link.if, then: link.then }];
        link = link.else;
      }
      out.k.ifs = [...(out.k.ifs ?? []), { if: link.if, then: link.then, else: link.else }];
    }
    for (const [name, sub] of Object.entries<any>(s.properties ?? {})) {
      const prev = out.props.get(name);
      // A later schema refines a property (e.g. errMsg's pattern over the common string).
      out.props.set(name, prev ? { schema: mergeSchemas(prev, { schema: sub, base: b }), base: b } : { schema: sub, base: b });
    }
    for (const r of s.required ?? []) out.required.add(r);
    if (s.additionalProperties === false || s.unevaluatedProperties === false) out.closed = true;
  };
  fold(schema, base);
  return out;
}

/** Two property schemas as one, each $ref resolved against its own base. */
function mergeSchemas(a: Prop, b: Prop): any {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  return { __merged: true, k: { ...sa.k, ...sb.k }, props: new Map([...sa.props, ...sb.props]), required: new Set([...sa.required, ...sb.required]), closed: sa.closed || sb.closed, base: b.base };
}
const shapeOf = (p: Prop): Shape => (p.schema?.__merged ? p.schema : shape(p.schema, p.base));

const constsOf = (k: Record<string, any>): unknown[] | undefined => {
  if ('const' in k) return [k.const];
  if (k.enum) return k.enum;
  if (k.oneOf?.every((b: any) => 'const' in b)) return k.oneOf.map((b: any) => b.const);
  return undefined;
};

function stringArb(k: Record<string, any>): fc.Arbitrary<string> {
  const min = k.minLength ?? 0;
  const max = Math.min(k.maxLength ?? 24, 24);
  let arb: fc.Arbitrary<string>;
  if (k.pattern) arb = fc.stringMatching(new RegExp(k.pattern)).filter((s) => [...s].length >= min && [...s].length <= (k.maxLength ?? Infinity)).map((s) => s);
  else if (k.format === 'uri') arb = fc.webUrl();
  else arb = fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
  return arb;
}

function valueArb(shp: Shape, depth: number): fc.Arbitrary<unknown> {
  const k = shp.k;
  const choices = constsOf(k);
  let arb: fc.Arbitrary<unknown>;
  if (choices) arb = fc.constantFrom(...choices);
  else if (k.type === 'array' && k.ifs) arb = conditionalArray(shp, depth);
  else if (k.anyOf || k.ifs || k.discriminator) arb = objectArb(shp, depth);
  // A oneOf of types (a card action's value: an object or a string): a value of one of them.
  else if (k.oneOf && !k.type && shp.props.size === 0) arb = fc.oneof(...k.oneOf.map((b: any) => valueArb(shape(b, shp.base), depth + 1)));
  else if (isPlainObject(k.additionalProperties) && shp.props.size === 0) arb = dictionaryArb(shp, depth);
  else {
    switch (k.type) {
      case 'string': arb = k.contentSchema ? contentArb(k, shp.base) : stringArb(k); break;
      case 'integer': arb = fc.integer({ min: k.minimum ?? (k.exclusiveMinimum !== undefined ? k.exclusiveMinimum + 1 : -1e6), max: k.maximum ?? (k.exclusiveMaximum !== undefined ? k.exclusiveMaximum - 1 : 1e6) }); break;
      case 'number': {
        // exclusiveMinimum/Maximum (ClientConfig's PingInterval > 0): the bound itself filtered out.
        const d = fc.double({ noNaN: true, noDefaultInfinity: true, min: k.minimum ?? k.exclusiveMinimum ?? -1e6, max: k.maximum ?? k.exclusiveMaximum ?? 1e6 });
        arb = d.filter((n) => (k.exclusiveMinimum === undefined || n > k.exclusiveMinimum) && (k.exclusiveMaximum === undefined || n < k.exclusiveMaximum));
        break;
      }
      case 'boolean': arb = fc.boolean(); break;
      case 'array': {
        const item = k.items ? valueArb(shape(k.items, shp.base), depth + 1) : fc.jsonValue({ maxDepth: 1 });
        const minLength = k.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(k.maxItems ?? 3, 3));
        arb = k.uniqueItems ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(item, { minLength, maxLength });
        break;
      }
      case 'object': {
        // maxProperties: 0 is patchMessage's `data: {}`; a larger cap keeps only values within it.
        const max = k.maxProperties;
        arb = max === 0 ? fc.constant({}) : max === undefined ? objectArb(shp, depth) : objectArb(shp, depth).filter((v) => Object.keys(v as object).length <= max);
        break;
      }
      case undefined: arb = shp.props.size ? objectArb(shp, depth) : fc.constant(null); break;
      default: throw new Error(`arbitrary: type ${JSON.stringify(k.type)} is not handled`);
    }
  }
  if (k.not) {
    const excluded = constsOf(k.not);
    if (!excluded) throw new Error('arbitrary: only not: {const} is handled');
    arb = arb.filter((v) => !excluded.some((e) => JSON.stringify(e) === JSON.stringify(v)));
  }
  return arb;
}

/** Properties of an object value: required ones always, optional ones sometimes; never an unknown key. */
function objectArb(shp: Shape, depth: number): fc.Arbitrary<unknown> {
  const variants: Shape[] = [];
  // anyOf: one branch's requirements folded in (the branches name properties of the object itself);
  // a oneOf with a discriminator likewise (each branch pins the tag and types the fields it selects).
  const branches: any[] = shp.k.anyOf ?? (shp.k.discriminator ? shp.k.oneOf : undefined) ?? [{}];
  for (const branch of branches) {
    const withBranch = overlay(shp, branch);
    const conds: { if: any; then?: any; else?: any }[] = shp.k.ifs ?? [];
    if (conds.length) {
      const keyOf = (cond: any) => {
        const keys = Object.keys(cond.properties ?? {});
        if (keys.length !== 1 || !('const' in cond.properties[keys[0]!])) throw new Error('arbitrary: only if: {properties: {K: {const}}} is handled');
        return keys[0]!;
      };
      const key = keyOf(conds[0]!.if);
      if (conds.some((c) => keyOf(c.if) !== key)) throw new Error('arbitrary: conditionals on different keys are not handled');
      const values = conds.map((c) => c.if.properties[key].const);
      // A branch for a value the key's own enum refuses (a reply's `system`) is never taken: no value is generated for it.
      const keyProp = withBranch.props.get(key);
      const allowedValues = keyProp ? constsOf(shapeOf(keyProp).k) : undefined;
      for (const [i, cond] of conds.entries()) {
        if (allowedValues && !allowedValues.includes(values[i])) continue;
        variants.push(overlay(overlay(withBranch, { properties: { [key]: { const: values[i] } }, required: [key] }), cond.then ?? {}));
      }
      const last = conds[conds.length - 1]!.else;
      if (conds.length === 1) {
        variants.push(overlay(overlay(withBranch, { properties: { [key]: { not: { const: values[0] } } } }), last ?? {}));
      } else {
        // One if/then per value of an enum: every value has its branch; a final else is the key left out.
        if (conds.slice(0, -1).some((c) => c.else)) throw new Error('arbitrary: an allOf of if/then/else is not handled');
        const prop = withBranch.props.get(key);
        const all = prop ? constsOf(shapeOf(prop).k) : undefined;
        if (!all || all.some((v) => !values.includes(v))) throw new Error(`arbitrary: the conditionals on ${key} must cover every value of its enum`);
        if (last) variants.push(overlay(overlay(withBranch, { properties: { [key]: false } }), last));
      }
    } else variants.push(withBranch);
  }
  const records = variants.map((v) => {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    for (const [name, prop] of v.props) {
      if (prop.schema === false) continue;
      const s = shapeOf(prop);
      const generatable = constsOf(s.k) || s.k.type || s.props.size;
      if (!generatable) continue; // e.g. the success/fail/complete callbacks: functions, not JSON
      if (!v.required.has(name) && depth > 5) continue;
      model[name] = valueArb(s, depth + 1);
      if (v.required.has(name)) requiredKeys.push(name);
    }
    return fc.record(model, { requiredKeys });
  });
  return records.length === 1 ? records[0]! : fc.oneof(...records);
}

/** `shp` with a sub-schema's properties and required keys laid over it (its $refs in shp's base). */
function overlay(shp: Shape, extra: any): Shape {
  if (typeof extra.$ref === 'string') {
    // A branch that is a $ref (a message content's kind): lay its own properties and required keys over.
    const r = resolve(extra.$ref, shp.base);
    const sub = shape(r.schema, r.base);
    const props = new Map(shp.props);
    for (const [name, prop] of sub.props) {
      const prev = props.get(name);
      props.set(name, prev && prev.schema !== false ? { schema: mergeSchemas(prev, prop), base: prop.base } : prop);
    }
    return { ...shp, k: { ...shp.k, anyOf: undefined, ifs: undefined, oneOf: undefined, discriminator: undefined }, props, required: new Set([...shp.required, ...sub.required]), closed: shp.closed || sub.closed };
  }
  const props = new Map(shp.props);
  for (const [name, sub] of Object.entries<any>(extra.properties ?? {})) {
    const prev = props.get(name);
    if (sub === false) props.set(name, { schema: false, base: shp.base });
    else if (prev && prev.schema !== false) {
      // A sub-schema that is a $ref (a discriminated branch's field) is laid over as its resolved shape.
      if (typeof sub.$ref === 'string') props.set(name, { schema: mergeSchemas(prev, { schema: sub, base: shp.base }), base: shp.base });
      else {
        const merged = shapeOf(prev);
        props.set(name, { schema: { ...merged, __merged: true, k: { ...merged.k, ...sub } }, base: shp.base });
      }
    } else props.set(name, { schema: sub, base: shp.base });
  }
  return { ...shp, k: { ...shp.k, anyOf: undefined, ifs: undefined, oneOf: undefined, discriminator: undefined }, props, required: new Set([...shp.required, ...(extra.required ?? [])]) };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** An object whose keys are data (propertyNames + additionalProperties: post's locales, system's i18n_text). */
function dictionaryArb(shp: Shape, depth: number): fc.Arbitrary<unknown> {
  const k = shp.k;
  const key = k.propertyNames?.pattern ? fc.stringMatching(new RegExp(k.propertyNames.pattern)) : fc.string({ minLength: 1, maxLength: 8 });
  return fc.dictionary(key, valueArb(shape(k.additionalProperties, shp.base), depth + 1), { minKeys: k.minProperties ?? 0, maxKeys: Math.max(k.minProperties ?? 0, 2) });
}

/** An array under if/then (post's paragraph: an img or media node stands alone): arrays that keep the rule. */
function conditionalArray(shp: Shape, depth: number): fc.Arbitrary<unknown> {
  const ajv = createAjv();
  const asArray = (s: any) => (s === undefined ? true : { type: 'array', ...s });
  const checks = (shp.k.ifs as { if: any; then?: any }[]).map((c) => ({ cond: ajv.compile(asArray(c.if)), then: ajv.compile(asArray(c.then)) }));
  return valueArb({ ...shp, k: { ...shp.k, ifs: undefined } }, depth).filter((v) => checks.every(({ cond, then }) => !cond(v) || then(v)));
}

/**
 * A JSON string whose content schema (contentSchema) is a message content schema: one of that schema's
 * documented examples, serialized. Rules inside the content are exercised by the fixtures, not generated here.
 */
function contentArb(k: Record<string, any>, base: string): fc.Arbitrary<string> {
  let r = { schema: k.contentSchema, base };
  // Follow $refs, and an allOf's $ref (patchMessage's card: interactive.json narrowed to no CardKit entity), to the
  // documented examples; the allOf's other members (no $ref) keep only the examples they accept.
  const narrowers: ((v: unknown) => boolean)[] = [];
  for (;;) {
    if (r.schema.examples) break;
    const members: any[] = r.schema.allOf ?? [];
    for (const m of members) if (typeof m?.$ref !== 'string') narrowers.push(createAjv().compile(m));
    const next = typeof r.schema.$ref === 'string' ? r.schema.$ref : members.find((m) => typeof m?.$ref === 'string')?.$ref;
    if (typeof next !== 'string') break;
    r = resolve(next, r.base);
  }
  const examples: unknown[] = (r.schema.examples ?? []).filter((e: unknown) => narrowers.every((ok) => ok(e)));
  if (examples.length === 0) throw new Error(`arbitrary: a contentSchema without examples (at ${base})`);
  return fc.constantFrom(...examples.map((e) => JSON.stringify(e)));
}

/** Values of a schema id that the contract must accept. */
export function arbitraryFor(ref: string): fc.Arbitrary<unknown> {
  const r = resolve(ref, ref);
  return valueArb(shape(r.schema, r.base), 0);
}

/** One mutation of a valid value that breaks exactly one documented rule, and where the error must be. */
export interface Mutation { kind: string; path: string; apply: (root: unknown) => unknown }

const wrongType: Record<string, unknown> = { string: 12345, integer: 'not-a-number', number: 'not-a-number', boolean: 'yes', array: { not: 'an array' }, object: ['not', 'an object'] };
const setAt = (root: unknown, path: string[], value: unknown | typeof DELETE): unknown => {
  if (path.length === 0) return value;
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) };
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0 && value === DELETE) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value);
  return copy;
};
const DELETE = Symbol('delete');
const pointer = (segments: string[]) => segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Every single-rule mutation site of `value` (valid against `ref`). */
export function mutationsOf(ref: string, value: unknown): Mutation[] {
  const out: Mutation[] = [];
  const r = resolve(ref, ref);
  const walk = (shp: Shape, v: unknown, at: string[]) => {
    const k = shp.k;
    const choices = constsOf(k);
    const type = k.type as string | undefined;
    if (type && wrongType[type] !== undefined) out.push({ kind: `wrong type (${type})`, path: pointer(at), apply: (root) => setAt(root, at, wrongType[type]) });
    if (choices) {
      const outside = typeof choices[0] === 'number' ? 987654321 : '__outside_the_list__';
      out.push({ kind: 'value outside the allowed list', path: pointer(at), apply: (root) => setAt(root, at, outside) });
    }
    if (typeof v === 'number' && k.maximum !== undefined) out.push({ kind: `above maximum ${k.maximum}`, path: pointer(at), apply: (root) => setAt(root, at, k.maximum + 1) });
    if (typeof v === 'number' && k.minimum !== undefined) out.push({ kind: `below minimum ${k.minimum}`, path: pointer(at), apply: (root) => setAt(root, at, k.minimum - 1) });
    if (typeof v === 'string' && k.maxLength !== undefined && !k.pattern) out.push({ kind: `longer than ${k.maxLength}`, path: pointer(at), apply: (root) => setAt(root, at, 'x'.repeat(k.maxLength + 1)) });
    if (Array.isArray(v)) {
      if (k.maxItems !== undefined && v.length > 0) {
        const over = Array.from({ length: k.maxItems + 1 }, (_, i) => v[i % v.length]);
        out.push({ kind: `more than ${k.maxItems} items`, path: pointer(at), apply: (root) => setAt(root, at, over) });
      }
      if (k.items) v.forEach((item, i) => walk(shape(k.items, shp.base), item, [...at, String(i)]));
      return;
    }
    if (v && typeof v === 'object') {
      for (const name of shp.required) {
        if (name in (v as object)) out.push({ kind: `missing required ${name}`, path: pointer([...at, name]), apply: (root) => setAt(root, [...at, name], DELETE) });
      }
      if (shp.closed) out.push({ kind: 'unknown key in a closed object', path: pointer([...at, 'zz_unknown_key']), apply: (root) => setAt(root, [...at, 'zz_unknown_key'], 1) });
      for (const [name, child] of Object.entries(v as object)) {
        const prop = shp.props.get(name);
        if (prop && prop.schema !== false) walk(shapeOf(prop), child, [...at, name]);
      }
    }
  };
  walk(shape(r.schema, r.base), value, []);
  return out;
}
