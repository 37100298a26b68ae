// The shape check every generated validator makes before its schema sees the value, and the rewrite
// of ajv's standalone code that puts it in front of every export (so every schema id, present and
// future, gets it without a list to keep).
//
// Why: ajv walks a value by recursion and trusts it to be a finite JSON tree. A value that contains
// itself, an endless Proxy, or a graph that shares subtrees (2^40 paths through 40 objects) made the
// card summary grow without end (4.3 GB, then SIGABRT), and a deep but valid JSON value overflowed the
// stack (reported as "not a JSON value"). One iterative pass, bounded in depth and in the number of
// values it reads, gives each of them a verdict naming the path before anything recursive runs.
//
// The functions below are serialized into the generated code (Function.prototype.toString): each is
// self-contained, with no import, no free variable, nothing Node-only.

/**
 * How deep a value may nest (objects and arrays, the root at level 0). No payload of the contract
 * comes near it (a card's five container levels are ~30 JSON levels); ajv's recursion on the card
 * schemas, the deepest, needs ~400 bytes of stack per level, so 256 levels stay far from the stack's end.
 */
export const maxDepth = 256;

/**
 * How many values (object members and array items, each use of a shared object counted again) a
 * validation reads at most: the size of the JSON text the value stands for, bounded.
 */
export const maxValues = 4_194_304;

/**
 * Whether `root` is a JSON tree the validators can walk: plain objects (any realm) and arrays, acyclic,
 * at most `depthLimit` levels deep, at most `valueLimit` members and items in all. Binary data
 * (ArrayBuffer, typed arrays, Blob: what a multipart body carries) is a leaf; primitives are left to
 * the schema. Returns null, or an ajv-shaped error (keyword `json`) whose `instancePath` names the place.
 * Iterative, so no value can overflow the stack; memory is the path (at most `depthLimit` frames)
 * and the key lists on it (at most `valueLimit` keys).
 */
function jsonShape(root, depthLimit, valueLimit) {
  const pointer = (keys, n) => {
    let p = '';
    for (let i = 1; i < n; i++) p += `/${String(keys[i]).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return p;
  };
  const fail = (path, params, message) => ({ instancePath: path, schemaPath: '#', keyword: 'json', params, message });
  // Frames of the current path: the object, its keys (or its length, for an array), the next index,
  // and the key it hangs under.
  const objects = [];
  const members = [];
  const next = [];
  const under = [];
  let count = 0;
  // A value that contains itself goes deeper forever (or, fanned out, past the count): either limit
  // then looks for the repeat on the current path, so the walk itself keeps no set of what it saw.
  const cycle = () => {
    const seen = new Map();
    for (let i = 0; i < objects.length; i++) {
      const first = seen.get(objects[i]);
      if (first !== undefined) return fail(pointer(under, i + 1), { reason: 'cycle', ancestor: pointer(under, first + 1) }, 'contains itself');
      seen.set(objects[i], i);
    }
    return null;
  };
  /** Null when `value` was entered, undefined for a binary leaf, else the error for the place named by `under`. */
  const enter = (value, key) => {
    const depth = objects.length;
    under.push(key);
    if (depth > depthLimit) {
      objects.push(value);
      return cycle() || fail(pointer(under, depth + 1), { reason: 'depth', limit: depthLimit }, `is nested more than ${depthLimit} levels deep`);
    }
    let size;
    if (Array.isArray(value)) size = value.length;
    else {
      const proto = Object.getPrototypeOf(value);
      // A plain object of any realm: its prototype is null or an Object.prototype (whose own is null).
      if (proto !== null && proto !== Object.prototype && Object.getPrototypeOf(proto) !== null) {
        const binary = (typeof ArrayBuffer === 'function' && (value instanceof ArrayBuffer || ArrayBuffer.isView(value))) || (typeof Blob === 'function' && value instanceof Blob);
        if (binary) return undefined;
        const ctor = proto.constructor;
        const name = typeof ctor === 'function' && ctor.name ? ctor.name : Object.prototype.toString.call(value).slice(8, -1);
        return fail(pointer(under, depth + 1), { reason: 'type', type: name }, `is a ${name}, not a JSON value`);
      }
      size = Object.keys(value);
    }
    count += typeof size === 'number' ? size : size.length;
    objects.push(value);
    if (!(count <= valueLimit)) return cycle() || fail('', { reason: 'size', limit: valueLimit }, `holds more than ${valueLimit} values`);
    members.push(size);
    next.push(0);
    return null;
  };
  try {
    if (root === null || typeof root !== 'object') return null;
    const first = enter(root, '');
    if (first) return first;
    under.length = objects.length; // a leaf that was not entered leaves no frame
    while (objects.length > 0) {
      const d = objects.length - 1;
      const list = members[d];
      const i = next[d];
      if (i === (typeof list === 'number' ? list : list.length)) {
        objects.pop();
        members.pop();
        next.pop();
        under.pop();
        continue;
      }
      next[d] = i + 1;
      const key = typeof list === 'number' ? i : list[i];
      const child = objects[d][key];
      if (child === null || typeof child !== 'object') continue;
      const problem = enter(child, key);
      if (problem) return problem;
      if (problem === undefined) under.pop(); // a binary leaf
    }
    return null;
  } catch (error) {
    // A getter or a Proxy trap threw: the value is not data JSON can hold.
    return fail(pointer(under, under.length), { reason: 'unreadable', error: String(error && error.message) }, `cannot be read: ${error && error.message}`);
  }
}

/**
 * UTF-8 bytes of `JSON.stringify(value)`, counted without building the text, stopping as soon as the
 * count passes `limit` (then returns `limit + 1`): a shared 1 MB string used 4 million times costs no
 * more than `limit` allows. A value JSON cannot serialize (a BigInt) counts as too large.
 */
function serializedBytes(value, limit) {
  let total = 0;
  const over = limit + 1;
  const stringBytes = (s) => {
    let n = 2;
    for (let i = 0; i < s.length && total + n <= limit; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 2;
      else if (c < 0x20) n += 6;
      else if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; }
        else n += 6; // a lone surrogate is escaped as \udxxx
      } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
      else n += 3;
    }
    return n;
  };
  /** Bytes of a primitive, or -1 when JSON leaves it out (undefined, a function, a symbol). */
  const leaf = (v) => {
    switch (typeof v) {
      case 'string': return stringBytes(v);
      case 'number': return Number.isFinite(v) ? String(v).length : 4;
      case 'boolean': return v ? 4 : 5;
      case 'bigint': return over;
      case 'object': return 4; // null
      default: return -1;
    }
  };
  if (value === null || typeof value !== 'object') return Math.min(over, Math.max(leaf(value), 0));
  const stack = [[value, Array.isArray(value) ? value.length : Object.keys(value), 0, 0]];
  total = 2;
  while (stack.length > 0 && total <= limit) {
    const frame = stack[stack.length - 1];
    const [node, list, i] = frame;
    const isArray = typeof list === 'number';
    if (i === (isArray ? list : list.length)) { stack.pop(); continue; }
    frame[2] = i + 1;
    const key = isArray ? i : list[i];
    const child = node[key];
    const separator = frame[3] > 0 ? 1 : 0;
    if (child !== null && typeof child === 'object') {
      const proto = Object.getPrototypeOf(child);
      if (!Array.isArray(child) && proto !== null && Object.getPrototypeOf(proto) !== null) return over; // not plain data
      total += separator + (isArray ? 0 : stringBytes(String(key)) + 1) + 2;
      frame[3]++;
      stack.push([child, Array.isArray(child) ? child.length : Object.keys(child), 0, 0]);
      continue;
    }
    const bytes = leaf(child);
    if (bytes < 0 && !isArray) continue; // an omitted member
    total += separator + (isArray ? 0 : stringBytes(String(key)) + 1) + (bytes < 0 ? 4 : bytes);
    frame[3]++;
  }
  return total > limit ? over : total;
}

export { jsonShape, serializedBytes };

/** The code run after every validation: per-call scratch state registered here is dropped (see card-rules.js). */
export const afterCallName = '__afterCall';

/**
 * Puts the shape check in front of every export of ajv's standalone code (after bound-errors'
 * rewrite), and drops every call's scratch state when the call ends, however it ends.
 * @param {string} code
 */
export function guardExports(code) {
  let count = 0;
  const out = code.replace(/export const (\w+) = (__bounded\(validate\d+\));/g, (_m, name, inner) => {
    count++;
    return `export const ${name} = __guarded(${inner});`;
  });
  if (count === 0) throw new Error('input-guard: found no bounded exports in the standalone code; its shape changed');
  const prelude = [
    '/* Input guard: see scripts/lib/input-guard.js. */',
    `const ${afterCallName} = [];`,
    `const __jsonShape = ${jsonShape.toString()};`,
    `function __guarded(validate){const guarded = function(data){const problem = __jsonShape(data, ${maxDepth}, ${maxValues});if(problem !== null){guarded.errors = [problem];return false;}try{const ok = validate(data);guarded.errors = validate.errors;return ok;}finally{for(const drop of ${afterCallName}){drop();}}};guarded.errors = null;return guarded;}`,
  ].join('\n');
  return out.replace(/^("use strict";)?/, (s) => `${s}\n${prelude}\n`);
}
