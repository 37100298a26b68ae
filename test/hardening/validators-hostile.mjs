// Run by validators-hostile.test.ts in child `node --max-old-space-size=256 --expose-gc` processes,
// against the built package, for every schema id in `schemaIds` (so ids added later are walked too).
// `shapes`: values that are not finite JSON trees, or are deeper or wider than any payload. Prints one
// JSON line per (schema id, value): the verdict and its first error, or the exception it threw. A
// value that ran the process out of memory kills it, and the test sees the missing lines and the exit.
// `growth`: the CPU time of a validation for a value of size N and 4N, per schema id and pattern of
// violations (the least of 5 runs, so the machine's other load and the collection of earlier runs'
// garbage weigh as little as they can). The test asserts the ratio, not the times.
import { schemaIds, validate } from '../../dist/validators/index.js';

const mode = process.argv[2];
if (mode !== 'shapes' && mode !== 'growth') throw new Error('usage: validators-hostile.mjs shapes|growth');

/** A card whose body holds itself, at the third level. */
function cyclicCard() {
  const card = { schema: '2.0', body: { elements: [] } };
  card.body.elements.push({ tag: 'column_set', columns: [{ tag: 'column', elements: [card] }] });
  return card;
}
/** Objects and arrays that contain themselves, at the root and inside an array. */
function cyclicObject() {
  const value = { code: 0, data: { items: [] } };
  value.data.items.push(value);
  return value;
}
function cyclicArray() {
  const list = [];
  list.push({ elements: list });
  return list;
}
/** A Proxy that answers every key with another such Proxy: a value with no end. */
function endlessProxy() {
  const keys = ['elements', 'body', 'data', 'items', 'tag', 'content'];
  const make = () => new Proxy({}, {
    get: (_t, key) => (typeof key === 'string' ? make() : undefined),
    ownKeys: () => keys,
    getOwnPropertyDescriptor: (_t, key) => (keys.includes(key) ? { enumerable: true, configurable: true, writable: true, value: make() } : undefined),
  });
  return make();
}
/** 2^40 paths through 41 arrays: small in memory, endless as a tree. */
function sharedSubtrees() {
  let node = { tag: 'markdown', content: 'x' };
  for (let i = 0; i < 40; i++) node = { tag: 'column_set', columns: [node, node] };
  return { schema: '2.0', body: { elements: [node, node] } };
}
const deepArrays = (depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
const deepObjects = (depth) => JSON.parse('{"elements":'.repeat(depth) + 'null' + '}'.repeat(depth));
/** A valid-JSON card, column_set in column_set 700 levels deep (the case). */
function columnSets(levels) {
  let node = { tag: 'markdown', content: 'x' };
  for (let i = 0; i < levels; i++) node = { tag: 'column_set', columns: [{ tag: 'column', elements: [node] }] };
  return { schema: '2.0', body: { elements: [node] } };
}
/** One object with many keys, one array with many items, each member itself broken. */
const wideObject = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { tag: i }]));
const wideArray = (n) => ({ code: 0, msg: 'x', data: { items: Array.from({ length: n }, () => ({ chat_id: 1 })) }, elements: Array.from({ length: n }, () => ({ tag: 7 })) });

const values = {
  'cyclic card': cyclicCard,
  'cyclic object': cyclicObject,
  'cyclic array': cyclicArray,
  'endless Proxy': endlessProxy,
  'shared subtrees (2^40 paths)': sharedSubtrees,
  'arrays 100,000 deep': () => deepArrays(100_000),
  'objects 100,000 deep': () => deepObjects(100_000),
  'card 700 column_set levels deep': () => columnSets(700),
  // Within createMessage's 30 KB of card content: 300 levels are 1,200 JSON levels in 18 KB.
  'card content 300 column_set levels deep': () => ({ receive_id: 'oc_1', msg_type: 'interactive', content: JSON.stringify(columnSets(300)) }),
  'object with 200,000 keys': () => wideObject(200_000),
  'arrays of 200,000 broken items': () => wideArray(200_000),
  Date: () => new Date(0),
  Map: () => new Map([['page_size', 10]]),
};

/** Broken at every place a schema of the contract looks: unknown keys, wrong items, cards whose every form lacks names and a submit. */
const brokenEverywhere = (n) => ({
  ...wideObject(n),
  code: 0,
  msg: 'x',
  data: { items: Array.from({ length: n }, () => ({ chat_id: 1 })) },
  elements: Array.from({ length: n }, () => ({ tag: 7 })),
  schema: '2.0',
  body: { elements: Array.from({ length: n }, (_, i) => ({ tag: 'form', element_id: 'same', elements: [{ tag: 'input' }, { tag: 'table' }, { tag: 'multi_select_static', name: `${i % 3}` }] })) },
});
/**
 * A card broken at every level, as deep as a value may be: the nested untagged lists, each with
 * 160 nameless form fields and a repeated name. Each violation's pointer is as long as its depth, so
 * building each from the root made this quadratic in the number of levels.
 */
const brokenAtEveryLevel = (levels) => {
  let node = { elements: [{ tag: 'input' }] };
  for (let i = 0; i < levels; i++) node = { elements: [...Array.from({ length: 160 }, () => ({ tag: 'input' })), { tag: 'input', name: 'a' }, { tag: 'input', name: 'a' }, node] };
  return { schema: '2.0', body: { elements: [{ tag: 'form', elements: [node] }] }, elements: [{ tag: 'form', elements: [node] }] };
};
const patterns = {
  'broken everywhere': [brokenEverywhere, 4_000],
  'card broken at every level': [brokenAtEveryLevel, 30],
};

if (mode === 'growth') {
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const once = (schemaId, value) => {
    const start = cpuMs();
    validate(schemaId, value);
    return cpuMs() - start;
  };
  for (const [pattern, [make, n]] of Object.entries(patterns)) {
    const small = make(n);
    const large = make(4 * n);
    for (const schemaId of schemaIds) {
      // Warm (compiled and optimized for both sizes), then the sizes in turn, the least of 5 each.
      for (const value of [small, small, large]) validate(schemaId, value);
      let smallMs = Infinity;
      let largeMs = Infinity;
      for (let run = 0; run < 5; run++) {
        smallMs = Math.min(smallMs, once(schemaId, small));
        largeMs = Math.min(largeMs, once(schemaId, large));
      }
      const line = { schemaId, pattern, n, smallMs, largeMs, bytes: [JSON.stringify(small).length, JSON.stringify(large).length] };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  process.exit(0);
}

for (const [name, make] of Object.entries(values)) {
  const value = make();
  for (const schemaId of schemaIds) {
    let line;
    try {
      const result = validate(schemaId, value);
      line = { schemaId, value: name, valid: result.valid, ...(!result.valid && { first: result.errors[0], count: result.errors.length }) };
    } catch (error) {
      line = { schemaId, value: name, threw: `${error?.name}: ${error?.message}` };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

// The card validator keeps nothing of the card it read once the call is over (issue 21.13): a
// 200,000-element card is collectable right after its validation.
{
  let card = { schema: '2.0', body: { elements: Array.from({ length: 200_000 }, (_, i) => ({ tag: 'markdown', content: `${i}`, element_id: 'same' })) } };
  const ref = new WeakRef(card);
  const valid = validate('card', card).valid;
  card = undefined;
  // WeakRefs stay alive until the end of the current job: let it end before collecting.
  await new Promise((resolve) => setImmediate(resolve));
  globalThis.gc();
  process.stdout.write(`${JSON.stringify({ value: '200,000-element card after its validation', valid, collected: ref.deref() === undefined })}\n`);
}
