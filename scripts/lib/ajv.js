// The one ajv configuration: used to precompile the published validators, and by the
// benchmark that compares them with run-time compilation. Keeping it in one place means
// both measure the same rules.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { _, str, stringify } from 'ajv';
import { strConcat } from 'ajv/dist/compile/codegen/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import names from 'ajv/dist/compile/names.js';
import { overflowKeyword } from './bound-errors.js';
import { cardRules, summarize, summarySource } from './card-rules.js';
import { afterCallName, jsonShape, maxDepth, maxValues, serializedBytes } from './input-guard.js';

// ajv's generated-code names (vErrors, errors, instancePath). A CommonJS default export: Node's ESM
// import wraps it once more than bundlers and vitest do.
const N = names.default ?? names;

/** A self-contained function of scripts/lib/, inlined once into the validators (no import: standalone code stays browser-safe). */
const useFunction = (gen, fn, source = fn.toString()) => gen.scopeValue('func', { ref: fn, code: new _Code(source) });

/**
 * Runs `body(err)` on each error raised since `start` that is a real one. Past the error cap
 * (scripts/lib/bound-errors.js) a slot holds the shared placeholder instead: a keyword that labels
 * the errors of its subschema must leave it alone, so that the cap changes no verdict and no label.
 */
function forEachRealError(gen, start, body) {
  gen.forRange('i', start, N.errors, (i) => {
    const err = gen.const('err', _`${N.vErrors}[${i}]`);
    gen.if(_`${err} && ${err}.keyword !== ${overflowKeyword}`, () => body(err));
  });
}

/** Pushes one error literal the way ajv does (bound-errors.js rewrites exactly this shape). */
function pushError(gen, literal) {
  const err = gen.const('err', literal);
  gen.if(_`${N.vErrors} === null`, () => gen.assign(N.vErrors, _`[${err}]`), () => gen.code(_`${N.vErrors}.push(${err})`));
  gen.code(_`${N.errors}++`);
}

/** Our x- keywords that only annotate: ajv's strict mode must know them, but they validate nothing. */
export const annotationKeywords = [
  'x-erratum', 'x-source', 'x-client-support', 'x-scope', 'x-errCodes',
  'x-scopes', 'x-field-scopes', 'x-rate-limit', 'x-app-types', 'x-outcomeErrCodes', 'x-rest-twin',
  // Data for code and docs, not rules: the known values of an open string (emoji_type), a binary
  // form part's limits (checked by the client and the mock from the operation table, not by ajv).
  'x-known-values', 'x-maxBytes', 'x-minBytes', 'x-formats', 'x-maxDimensions',
  // schemas/events/: the facts generated/events.js is built from.
  'x-event-type', 'x-summary', 'x-dedup-keys',
  // The codes the Feishu client shows for a card answer (read by the mock and the events guide).
  'x-clientErrorCodes',
];

/**
 * A keyword bounding a size in UTF-8 bytes. `bytesOf` builds the (inlined) code that measures the
 * value: no helper import, so that standalone code stays self-contained and browser-safe.
 */
function byteLimit(keyword, type, bytesOf, unit) {
  return {
    keyword,
    type,
    schemaType: 'number',
    code(cxt) {
      cxt.fail(_`${bytesOf(cxt.gen, cxt.data, cxt.schema)} > ${cxt.schema}`);
    },
    error: {
      message: ({ schema }) => str`must be at most ${schema} bytes ${unit}`,
      params: ({ schema }) => _`{limit: ${schema}}`,
    },
  };
}

/**
 * Keyword that bounds the UTF-8 byte length of a value's JSON serialization (cardContent's 20 KB).
 * Counted without building the text, up to the limit (scripts/lib/input-guard.js): a value sharing a
 * big string many times costs no more than the limit. A value JSON cannot serialize counts as too large.
 */
export const maxSerializedBytes = byteLimit(
  'x-maxSerializedBytes',
  'object',
  (gen, data, limit) => _`${useFunction(gen, serializedBytes)}(${data}, ${limit})`,
  'as serialized JSON (UTF-8)',
);

/**
 * Keyword that bounds the UTF-8 byte length of a string (createMessage's `content`: 150 KB of text,
 * 30 KB of card or rich text). `maxLength` counts characters, the platform counts bytes.
 */
export const maxUtf8Bytes = byteLimit('x-maxUtf8Bytes', 'string', (_gen, data) => _`new TextEncoder().encode(${data}).length`, '(UTF-8)');

/**
 * JSON Schema 2020-12 `contentMediaType`, enforced for `application/json`: the string must parse as
 * JSON. (The standard makes it an annotation; createMessage's `content` is JSON in a string, and a
 * string that is not JSON is the first mistake to catch.) Other media types stay annotations.
 */
export const contentMediaType = {
  keyword: 'contentMediaType',
  type: 'string',
  schemaType: 'string',
  code(cxt) {
    const { gen, data, schema } = cxt;
    if (schema !== 'application/json') return;
    const parses = gen.let('parses', true);
    gen.try(() => { gen.code(_`JSON.parse(${data})`); }, () => { gen.assign(parses, false); });
    cxt.fail(_`!${parses}`);
  },
  error: {
    message: ({ schema }) => str`must be a string holding JSON (${schema})`,
    params: ({ schema }) => _`{mediaType: ${schema}}`,
  },
};

/**
 * JSON Schema 2020-12 `contentSchema`, enforced: a string whose `contentMediaType` is
 * application/json is parsed and its value validated against this subschema. Errors inside point
 * below the string's own path, as if the string were the value it holds: `/content/text`,
 * `/content/elements/0/tag`, and carry `inContent: true`. A string that does not parse is left to
 * `contentMediaType`.
 */
export const contentSchema = {
  keyword: 'contentSchema',
  type: 'string',
  schemaType: ['object', 'boolean'],
  code(cxt) {
    const { gen, data, parentSchema, it } = cxt;
    if (parentSchema.contentMediaType !== 'application/json') return;
    const parsed = gen.let('parsed');
    const parses = gen.let('parses', true);
    gen.try(() => { gen.assign(parsed, _`JSON.parse(${data})`); }, () => { gen.assign(parses, false); });
    const valid = gen.name('valid');
    gen.if(parses, () => {
      const start = gen.const('_cs', N.errors);
      // The decoded value is as untrusted as any input: too deep a value would overflow ajv's recursion.
      const shape = gen.const('shape', _`${useFunction(gen, jsonShape)}(${parsed}, ${maxDepth}, ${maxValues})`);
      gen.if(
        _`${shape} !== null`,
        () => pushError(gen, _`{instancePath: ${strConcat(N.instancePath, it.errorPath)} + ${shape}.instancePath, schemaPath: ${`${it.errSchemaPath}/contentSchema`}, keyword: "json", params: ${shape}.params, message: ${shape}.message}`),
        // `data` swaps the value under validation and keeps the error path (see the doc comment).
        () => cxt.subschema({ keyword: 'contentSchema', data: parsed, dataTypes: [] }, valid),
      );
      // Mark the errors as the decoded content's: other implementations treat contentSchema as an
      // annotation, so test/json-schema.test.ts must tell these rules from the payload's own.
      forEachRealError(gen, start, (err) => gen.assign(_`${err}.inContent`, true));
      // With allErrors the subschema's own errors already fail the validation; nothing to add.
      if (!it.allErrors) gen.if(_`${N.errors} > ${start}`, () => gen.return(false));
    });
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
    forEachRealError(gen, start, (err) => {
      const onlyCheck = schema.only ? _` && ${stringify(schema.only)}.includes(${err}.keyword)` : _``;
      // An inner rule's stamp wins: it is the more specific answer.
      gen.if(_`!${err}.platformError${onlyCheck}`, () =>
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
const useSummary = (gen) => useFunction(gen, summarize, summarySource(afterCallName));

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
    const rule = useFunction(gen, fn);
    const summary = gen.const('summary', _`${useSummary(gen)}(${data}, false)`);
    const found = gen.const('found', _`${rule}(${summary}, ${schema})`);
    // Described only while under the error cap: the literal is built for at most 100 errors.
    gen.forOf('v', _`${found}.list`, (v) => pushError(gen, _`{instancePath: ${strConcat(N.instancePath, it.errorPath)} + ${found}.path(${v}), schemaPath: ${`${it.errSchemaPath}/${keyword}`}, keyword: ${keyword}, params: ${found}.params(${v}), message: ${`breaks ${keyword}`}}`));
    cxt.ok(_`${found}.list.length === 0`);
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
  // A multipart form's binary part (OpenAPI's `format: binary`): the validators see a form as an
  // object of its parts and a binary part as a string standing for its bytes; its size and format
  // are the table's x-maxBytes/x-minBytes/x-formats, checked where the bytes are.
  ajv.addFormat('binary', true);
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword, schemaType: ['object', 'array', 'string'] });
  ajv.addKeyword(maxSerializedBytes);
  ajv.addKeyword(maxUtf8Bytes);
  // Ajv registers the content keywords as annotations; ours validate (see above).
  ajv.removeKeyword('contentMediaType');
  ajv.removeKeyword('contentSchema');
  ajv.addKeyword(contentMediaType);
  ajv.addKeyword(contentSchema);
  ajv.addKeyword(platformError);
  ajv.addKeyword(cardSummaryKeyword);
  for (const keyword of cardRuleKeywords) ajv.addKeyword(keyword);
  return ajv;
}
