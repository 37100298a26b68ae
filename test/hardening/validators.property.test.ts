// Property-based tests of the validators (fast-check). Seeded: FC_SEED=<n> reproduces a run, and
// fast-check prints the seed and the shrunk counterexample of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaIds, validate, type SchemaId } from '../../src/validators/index.js';
import { arbitraryFor, mutationsOf } from '../helpers/arbitrary.js';
import { schemaRefs } from '../helpers/contract.js';

const seed = Number(process.env.FC_SEED ?? 20261121);
const runs = Number(process.env.FC_RUNS ?? 150);
const params = { seed, numRuns: runs };
export const counts = { valid: 0, mutations: 0, hostile: 0 };

const verdict = (id: SchemaId, v: unknown) => validate(id, v).valid;
const roundTrip = (v: unknown) => JSON.parse(JSON.stringify(v));

describe.each([...schemaIds])('%s, property-based', (schemaId) => {
  const arb = arbitraryFor(schemaRefs[schemaId]!);

  it('accepts every value generated from the schema, also after a JSON round trip', () => {
    fc.assert(
      fc.property(arb, (value) => {
        counts.valid += 1;
        const result = validate(schemaId, value);
        if (!result.valid) throw new Error(`rejected a generated value: ${JSON.stringify(result.errors)}\n${JSON.stringify(value)}`);
        return verdict(schemaId, roundTrip(value));
      }),
      params,
    );
  });

  it('rejects each single-rule mutation with an error at the mutated path, also after a JSON round trip', () => {
    const withMutation = arb.chain((value) => {
      const mutations = mutationsOf(schemaRefs[schemaId]!, value);
      return fc.constantFrom(...mutations).map((m) => ({ value, m }));
    });
    fc.assert(
      fc.property(withMutation, ({ value, m }) => {
        counts.mutations += 1;
        const broken = m.apply(value);
        const result = validate(schemaId, broken);
        if (result.valid) throw new Error(`accepted a value with ${m.kind} at ${m.path || '(root)'}: ${JSON.stringify(broken)}`);
        if (!result.errors.some((e) => e.path === m.path)) {
          throw new Error(`${m.kind}: expected an error at ${m.path || '(root)'}, got ${JSON.stringify(result.errors)}`);
        }
        return verdict(schemaId, roundTrip(broken)) === false;
      }),
      params,
    );
  });
});

/**
 * JSON values built to hurt: prototype keys, deep nesting, huge strings, odd numbers. Each is
 * built inside the property from a short label, because fast-check's own printer recurses and
 * would overflow on the deep ones before the validator ever saw them.
 */
const lazy = (label: string, make: () => unknown) => ({ make, [fc.toStringMethod]: () => label });
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((v) => lazy(JSON.stringify(v).slice(0, 200), () => v)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => lazy(`__proto__/constructor keys around ${JSON.stringify(v).slice(0, 100)}`, () => JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "value": ${JSON.stringify(v ?? null)}}`))),
  fc.integer({ min: 100, max: 2000 }).map((depth) => lazy(`arrays nested ${depth} deep`, () => JSON.parse('['.repeat(depth) + ']'.repeat(depth)))),
  fc.integer({ min: 100, max: 2000 }).map((depth) => lazy(`objects nested ${depth} deep`, () => JSON.parse('{"a":'.repeat(depth) + 'null' + '}'.repeat(depth)))),
  fc.integer({ min: 1, max: 4 }).map((mb) => lazy(`${mb} MB strings`, () => ({ code: 0, msg: 'x'.repeat(mb * 1024 * 1024), data: { items: [{ chat_id: `oc_${'9'.repeat(mb * 1024)}` }], has_more: false } }))),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, '', '\u0000', '\ud800', []).map((v) => lazy(`odd value ${String(v)}`, () => ({ page_size: v, page_token: v, cardContent: v, errMsg: v }))),
);

describe('validators on hostile JSON', () => {
  it('never throw, never pollute Object.prototype, and give the same verdict after a JSON round trip', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...schemaIds), (input, schemaId) => {
        counts.hostile += 1;
        const value = input.make();
        const first = validate(schemaId, value);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        if (!first.valid) for (const e of first.errors) expect(typeof e.message).toBe('string');
        return first.valid === verdict(schemaId, roundTrip(value));
      }),
      { seed, numRuns: runs * 2 },
    );
  });

  it('take values nested 10,000 deep (too deep for a JSON round trip) without throwing', () => {
    const arrays = JSON.parse('['.repeat(10_000) + ']'.repeat(10_000));
    const objects = JSON.parse('{"a":'.repeat(10_000) + 'null' + '}'.repeat(10_000));
    for (const schemaId of schemaIds) {
      for (const value of [arrays, objects, { cardContent: objects, openChatIDs: ['oc_1'] }]) expect(() => validate(schemaId, value)).not.toThrow();
    }
  });

  it('reports the counts it ran (for the closing note)', () => {
    console.log(`property tests: seed ${seed}, ${counts.valid} generated values, ${counts.mutations} mutations, ${counts.hostile} hostile values`);
    expect(counts.valid).toBeGreaterThanOrEqual(schemaIds.length * runs);
  });
});
