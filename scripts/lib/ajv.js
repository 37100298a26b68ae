// The one ajv configuration: used to precompile the published validators, and by the
// benchmark that compares them with run-time compilation. Keeping it in one place means
// both measure the same rules.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { _, str, stringify } from 'ajv';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import names from 'ajv/dist/compile/names.js';
import { cardRules, summarize, summarySource } from './card-rules.js';

// ajv's generated-code names (vErrors, errors, instancePath). A CommonJS default export: Node's ESM
// import wraps it once more than bundlers and vitest do.
const N = names.default ?? names;

/** Our x- keywords that only annotate: ajv's strict mode must know them, but they validate nothing. */
export const annotationKeywords = [
  'x-erratum', 'x-source', 'x-client-support', 'x-scope', 'x-errCodes',
  'x-scopes', 'x-field-scopes', 'x-rate-limit', 'x-app-types', 'x-outcomeErrCodes',
];

/** Keyword that bounds the UTF-8 byte length of a value's JSON serialization (cardContent's 20 KB). */
export const maxSerializedBytes = {
  keyword: 'x-maxSerializedBytes',
  type: 'object',
  schemaType: 'number',
  // Inlined (no helper import) so that standalone code stays self-contained and browser-safe.
  // A value JSON cannot serialize counts as too large rather than throwing.
  code(cxt) {
    const { data, schema } = cxt;
    cxt.fail(_`(() => { try { return new TextEncoder().encode(JSON.stringify(${data})).length; } catch { return Infinity; } })() > ${schema}`);
  },
  error: {
    message: ({ schema }) => str`must be at most ${schema} bytes as serialized JSON (UTF-8)`,
    params: ({ schema }) => _`{limit: ${schema}}`,
  },
};

/**
 * `x-platformError: {rule, code, message, schema, inferred?}` — validates `schema` in place and
 * stamps every error it raises with the platform answer the value would earn (e.g. 200861 for a
 * v1-only tag in a 2.0 card), so the message comes from the contract, not from code.
 * src/validators/messages.ts reads `error.platformError`; `message` may name the error's params
 * and `{value}` (the checked value itself when it is not an object). `only` limits the stamp to
 * errors of those keywords (a tag dispatch's own error, not those of the component it selects).
 */
export const platformError = {
  keyword: 'x-platformError',
  schemaType: 'object',
  code(cxt) {
    const { gen, schema, data } = cxt;
    const start = gen.const('_pe', N.errors);
    const valid = gen.name('valid');
    const sub = cxt.subschema({ keyword: 'x-platformError', schemaProp: 'schema' }, valid);
    cxt.mergeEvaluated(sub);
    const stamp = { rule: schema.rule, code: schema.code, message: schema.message, ...(schema.inferred && { inferred: true }) };
    gen.forRange('i', start, N.errors, (i) => {
      const err = gen.const('pErr', _`${N.vErrors}[${i}]`);
      const onlyCheck = schema.only ? _` && ${stringify(schema.only)}.includes(${err}.keyword)` : _``;
      // An inner rule's stamp wins: it is the more specific answer.
      gen.if(_`${err} && !${err}.platformError${onlyCheck}`, () =>
        gen.assign(_`${err}.platformError`, _`{...${stringify(stamp)}, value: typeof ${data} === "object" ? undefined : ${data}}`));
    });
    cxt.ok(valid);
  },
  metaSchema: {
    type: 'object',
    required: ['rule', 'code', 'message', 'schema'],
    properties: {
      rule: { type: 'string' },
      code: { type: 'integer' },
      message: { type: 'string' },
      inferred: { type: 'boolean' },
      only: { type: 'array', items: { type: 'string' } },
      schema: { type: ['object', 'boolean'] },
    },
    additionalProperties: false,
  },
};

/** The shared one-pass summary of a card, inlined once into the validators (self-contained, browser-safe). */
const useSummary = (gen) => gen.scopeValue('func', { ref: summarize, code: new _Code(summarySource()) });

/**
 * `x-cardSummary: true` — summarizes the card once (scripts/lib/card-rules.js) for the card-rule
 * keywords beside it. It must come first among them on the card root (each card schema puts it
 * in allOf[0]); the rules then read that summary instead of walking the card again.
 */
export const cardSummaryKeyword = {
  keyword: 'x-cardSummary',
  type: 'object',
  schemaType: 'boolean',
  code(cxt) {
    cxt.gen.code(_`${useSummary(cxt.gen)}(${cxt.data}, true)`);
  },
};

/**
 * The card-tree rules as `code` keywords: each inlines its rule function (no import, so standalone
 * output stays self-contained and browser-safe) and reports one error per violation at the
 * violating node's pointer.
 */
export const cardRuleKeywords = Object.entries(cardRules).map(([keyword, { fn, schemaType }]) => ({
  keyword,
  type: 'object',
  schemaType,
  code(cxt) {
    const { gen, data, schema, it } = cxt;
    const rule = gen.scopeValue('func', { ref: fn, code: new _Code(fn.toString()) });
    const summary = gen.const('summary', _`${useSummary(gen)}(${data}, false)`);
    const found = gen.const('found', _`${rule}(${summary}, ${schema})`);
    gen.forOf('v', found, (v) => {
      const err = gen.const('err', _`{instancePath: ${N.instancePath} + ${v}.path, schemaPath: ${`${it.errSchemaPath}/${keyword}`}, keyword: ${keyword}, params: ${v}.params, message: ${`breaks ${keyword}`}}`);
      gen.if(_`${N.vErrors} === null`, () => gen.assign(N.vErrors, _`[${err}]`), () => gen.code(_`${N.vErrors}.push(${err})`));
      gen.code(_`${N.errors}++`);
    });
    cxt.ok(_`${found}.length === 0`);
  },
}));

/**
 * @param {{ standalone?: boolean }} [options]
 */
export function createAjv({ standalone = false } = {}) {
  const ajv = new Ajv2020({
    strict: true,
    // if/then and anyOf branches name properties declared by the parent schema: that is intended.
    strictRequired: false,
    allErrors: true,
    // Card components are a union selected by `tag`: only the component a tag names is checked.
    discriminator: true,
    // No `verbose`: it copies the failing sub-schema into every error and grows the code by a
    // third; the one thing messages needed from it (what a `not` excludes) is in contract-index.
    // OpenAPI documents keep `example` in a few places; everything else is JSON Schema.
    code: standalone ? { source: true, esm: true, lines: false } : {},
  });
  addFormats(ajv, ['uri']);
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword, schemaType: ['object', 'array', 'string'] });
  ajv.addKeyword(maxSerializedBytes);
  ajv.addKeyword(platformError);
  ajv.addKeyword(cardSummaryKeyword);
  for (const keyword of cardRuleKeywords) ajv.addKeyword(keyword);
  return ajv;
}
