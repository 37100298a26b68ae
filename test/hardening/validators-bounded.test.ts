// Issue 12.3: validators were quadratic on arrays of bad items (ajv's allErrors merge copies every
// error collected so far per `$ref` call; the message grouping compared every error with every
// combinator). The generated code now builds at most 100 error objects (scripts/lib/bound-errors.js)
// and the result lists them plus a count of the rest.
//
// Linear growth is asserted without clocks: the test counts the array element copies and pushes the
// validation performs (a deterministic measure of its work) for N and 4N bad items; quadratic work
// grows ~16×, linear work 4×. Timings are in bench/validation.js.
import { describe, expect, it } from 'vitest';
import { validate, type SchemaId } from '../../src/validators/index.js';
import { createAjv } from '../../scripts/lib/ajv.js';
import { jsonSchemaFiles, openApiAsJsonSchema, schemaIdRefs } from '../../scripts/lib/contract.js';
import { stripAnnotations } from '../../scripts/lib/strip-annotations.js';

const junkChats = (n: number) => ({ code: 0, msg: 'success', data: { items: Array.from({ length: n }, (_, i) => (i % 2 ? 1 : 'x')), has_more: false } });
const junkChosen = (n: number) => ({ errMsg: 'chooseChat:ok', data: Array.from({ length: n }, () => ({ id: 3, chatType: 5, userType: 'bot' })) });

/** Element copies by concat + elements pushed, while `run` runs: the validation's array work. */
function arrayWork(run: () => void): number {
  type ArrayMethod = (this: unknown[], ...args: unknown[]) => unknown;
  const proto = Array.prototype as unknown as { concat: ArrayMethod; push: ArrayMethod };
  const { concat, push } = proto;
  let work = 0;
  proto.concat = function (this: unknown[], ...args: unknown[]) {
    work += this.length + args.reduce<number>((n, a) => n + (Array.isArray(a) ? a.length : 1), 0);
    return concat.apply(this, args);
  };
  proto.push = function (this: unknown[], ...args: unknown[]) {
    work += args.length;
    return push.apply(this, args);
  };
  try {
    run();
  } finally {
    proto.concat = concat;
    proto.push = push;
  }
  return work;
}

describe('validators on arrays of bad items (issue 12.3)', () => {
  it.each<[SchemaId, (n: number) => unknown, number]>([
    ['listChats.response', junkChats, 80_000],
    ['chooseChat.success', junkChosen, 8_000],
  ])('%s: the error list is bounded, ends with a count of the rest, and the count is exact', (schemaId, make, n) => {
    const result = validate(schemaId, make(n));
    if (result.valid) throw new Error('junk accepted');
    expect(result.errors.length).toBeLessThanOrEqual(101);
    const last = result.errors.at(-1)!;
    expect(last.keyword).toBe('errorLimit');
    expect(last.message).toMatch(new RegExp(`breaks ${result.notListed} more rules not listed \\(only the first 100`));
    // Every item breaks at least one rule: the described ones plus the rest cover them all.
    expect(result.notListed).toBeGreaterThanOrEqual(n - 100);
    // The described errors name real places in the array.
    expect(result.errors[0]!.path).toMatch(/^\/data(\/items)?\/\d+/);
  });

  it.each<[SchemaId, (n: number) => unknown, number]>([
    ['listChats.response', junkChats, 5_000],
    ['chooseChat.success', junkChosen, 2_000],
  ])('%s: the work grows linearly with the number of bad items (N vs 4N)', (schemaId, make, n) => {
    const small = make(n);
    const large = make(4 * n);
    const workSmall = arrayWork(() => validate(schemaId, small));
    const workLarge = arrayWork(() => validate(schemaId, large));
    expect(workSmall).toBeGreaterThan(n); // it counted something
    // Linear: ~4×. Quadratic (the old concat merge, the old all-pairs grouping): ~16×.
    expect(workLarge / workSmall).toBeLessThan(5);
  });

  it('describes the same first errors as unbounded ajv, and counts exactly the rest', () => {
    const ajv = createAjv();
    for (const [, schema] of jsonSchemaFiles()) ajv.addSchema(stripAnnotations(schema));
    ajv.addSchema(stripAnnotations(openApiAsJsonSchema().schema));
    const refs = schemaIdRefs() as Record<string, string>;
    for (const [schemaId, data] of [['chooseChat.success', junkChosen(300)], ['listChats.response', junkChats(700)]] as const) {
      const unbounded = ajv.getSchema(refs[schemaId]!)!;
      expect(unbounded(data)).toBe(false);
      const all = unbounded.errors!;
      const result = validate(schemaId, data);
      if (result.valid) throw new Error('junk accepted');
      expect(all.length).toBeGreaterThan(100);
      expect(result.notListed).toBe(all.length - 100);
      // The described errors are ajv's first 100 (grouped into messages): the same items.
      const item = (pointer: string) => /^\/data(?:\/items)?\/(\d+)/.exec(pointer)?.[1] ?? pointer;
      const described = new Set(result.errors.slice(0, -1).map((e) => item(e.path)));
      const first = new Set(all.slice(0, 100).map((e: { instancePath: string }) => item(e.instancePath)));
      expect(described).toEqual(first);
    }
  });

  it('errors of rolled-back branches free their room: a bad item after 5,000 valid ones is described', () => {
    // chatType is a oneOf of consts: each valid item fails one branch, which is rolled back. If rolled
    // back errors used up the bound, the real error at the end would be a bare count.
    const good = { id: 'oc_a88923604e75701a65980f8d1a1d0000', chatType: 1 };
    const data = { errMsg: 'chooseChat:ok', data: [...Array.from({ length: 5_000 }, () => good), { ...good, chatType: 7 }] };
    const result = validate('chooseChat.success', data);
    if (result.valid) throw new Error('bad item accepted');
    expect(result.notListed).toBeUndefined();
    expect(result.errors.map((e) => e.message)).toContain('data[5000].chatType must be one of: 0, 1');
  });
});
