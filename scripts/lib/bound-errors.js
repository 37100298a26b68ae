// Rewrites ajv's standalone code (allErrors mode) so that validation time grows linearly with the
// input however many rules it breaks, and no more than `maxErrors` error objects are built.
//
// Why: with allErrors, ajv (8.x) merges a referenced schema's errors with
// `vErrors = vErrors.concat(child.errors)`, which copies every error collected so far on each call;
// an array of 80k bad items that each go through a `$ref` costs 80k² copies (~30 s). And every
// broken rule builds an error object (string concatenations for its path), all of them kept.
//
// What the rewrite does, keeping ajv's own bookkeeping intact (validity is decided by its `errors`
// counter, and rollbacks of anyOf/oneOf/not/if branches truncate `vErrors` to a saved count, so every
// error must keep its slot):
// 1. The concat becomes an in-place append (linear overall).
// 2. A module-level count of the error slots alive in any `vErrors` list: creating an error adds
//    one, a rollback gives back what it drops. While fewer than `maxErrors` are alive, an error is
//    built as ajv builds it; beyond that its slot holds one shared placeholder object
//    (`keyword: "errorLimit"`, which ignores writes), so a failed branch that is rolled back frees room for the errors
//    that follow it. At most `maxErrors` real errors are ever alive, so the final list holds at most
//    `maxErrors` real ones, and its length is still the true number of broken rules.
// 3. Each export resets the count on a top-level call (validation is synchronous and our schemas
//    call no user code, so calls cannot interleave).
// Every pattern is counted: if ajv's output changes shape, generation fails instead of silently
// producing unbounded code.

/** How many real errors a validation builds at most (the messages list that many, then a count). */
export const maxCollectedErrors = 100;

/** The placeholder's keyword; src/validators/run.ts counts these as "not listed". */
export const overflowKeyword = 'errorLimit';

function replaceCounted(code, pattern, replacement, expected, what) {
  let count = 0;
  const out = code.replace(pattern, (...match) => {
    count++;
    return typeof replacement === 'function' ? replacement(...match) : replacement;
  });
  if (expected !== undefined && count !== expected) {
    throw new Error(`bound-errors: expected ${expected} ${what} in ajv's standalone code, found ${count}; ajv's output changed shape`);
  }
  if (expected === undefined && count === 0) throw new Error(`bound-errors: found no ${what} in ajv's standalone code; ajv's output changed shape`);
  return out;
}

const occurrences = (code, needle) => code.split(needle).length - 1;

/**
 * @param {string} code ajv standalone ESM code (`code: { esm: true, lines: false }`)
 * @param {number} maxErrors how many real error objects may be alive at once
 */
export function boundErrors(code, maxErrors) {
  if (!Number.isInteger(maxErrors) || maxErrors < 1) throw new TypeError('maxErrors must be a positive integer');
  let out = code;
  // 2. Error creation. The literal ends where ajv's push of that same error begins.
  const pushes = occurrences(out, 'vErrors.push(');
  out = replaceCounted(
    out,
    /const (err\d+) = (\{.*?\});(if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\})/g,
    (_m, name, literal, push) => `const ${name} = __alive++ < ${maxErrors} ? ${literal} : __overflow;${push}`,
    pushes,
    'error creations',
  );
  // 1. Merging a referenced schema's errors.
  out = replaceCounted(
    out,
    // A recursive schema's $ref goes through `wrapperN.validate` instead of `validateN`.
    /vErrors = vErrors === null \? (validate\d+|wrapper\d+\.validate)\.errors : vErrors\.concat\(\1\.errors\);/g,
    (_m, fn) => `vErrors = vErrors === null ? ${fn}.errors : __append(vErrors, ${fn}.errors);`,
    occurrences(out, 'vErrors.concat('),
    'error merges',
  );
  // 2. Rollbacks give their slots back.
  out = replaceCounted(
    out,
    /if\(vErrors !== null\)\{if\((_errs\d+)\)\{vErrors\.length = \1;\}else \{vErrors = null;\}\}/g,
    (_m, saved) => `if(vErrors !== null){__alive -= vErrors.length - ${saved};if(${saved}){vErrors.length = ${saved};}else {vErrors = null;}}`,
    occurrences(out, 'vErrors.length = '),
    'rollbacks',
  );
  // 3. Exports reset the count.
  out = replaceCounted(out, /export const (\w+) = (validate\d+);/g, (_m, name, fn) => `export const ${name} = __bounded(${fn});`, undefined, 'exports');
  const prelude = [
    '/* Error bounding: see scripts/lib/bound-errors.js. */',
    'let __alive = 0;',
    // The placeholder takes no writes and throws on none: a keyword that labels its subschema's errors
    // (ajv's own, or ours) may write to every slot, and a frozen object made that a TypeError that
    // replaced the verdict (issue 21.4). Ours skip it (scripts/lib/ajv.js), any other is absorbed.
    `const __overflow = new Proxy({instancePath:"",schemaPath:"",keyword:${JSON.stringify(overflowKeyword)},params:Object.freeze({limit:${maxErrors}}),message:"not listed: more than ${maxErrors} errors"}, {set(){return true;},defineProperty(){return true;},deleteProperty(){return true;},setPrototypeOf(){return true;},preventExtensions(){return false;}});`,
    'function __append(into, from){for(let i = 0; i < from.length; i++){into.push(from[i]);}return into;}',
    'function __bounded(validate){const bounded = function(data){__alive = 0;try{return validate(data);}finally{bounded.errors = validate.errors;}};bounded.errors = null;return bounded;}',
  ].join('\n');
  // After "use strict" (if any), before everything else.
  return out.replace(/^("use strict";)?/, (s) => `${s}\n${prelude}\n`);
}
