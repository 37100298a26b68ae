// The one ajv configuration: used to precompile the published validators, and by the
// benchmark that compares them with run-time compilation. Keeping it in one place means
// both measure the same rules.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { _, str } from 'ajv';

/** Our x- keywords that only annotate: ajv's strict mode must know them, but they validate nothing. */
export const annotationKeywords = [
  'x-erratum', 'x-source', 'x-client-support', 'x-scope', 'x-errCodes',
  'x-scopes', 'x-field-scopes', 'x-rate-limit', 'x-app-types', 'x-outcomeErrCodes',
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
      cxt.fail(_`${bytesOf(cxt.data)} > ${cxt.schema}`);
    },
    error: {
      message: ({ schema }) => str`must be at most ${schema} bytes ${unit}`,
      params: ({ schema }) => _`{limit: ${schema}}`,
    },
  };
}

/**
 * Keyword that bounds the UTF-8 byte length of a value's JSON serialization (cardContent's 20 KB).
 * A value JSON cannot serialize counts as too large rather than throwing.
 */
export const maxSerializedBytes = byteLimit(
  'x-maxSerializedBytes',
  'object',
  (data) => _`(() => { try { return new TextEncoder().encode(JSON.stringify(${data})).length; } catch { return Infinity; } })()`,
  'as serialized JSON (UTF-8)',
);

/**
 * Keyword that bounds the UTF-8 byte length of a string (createMessage's `content`: 150 KB of text,
 * 30 KB of card or rich text). `maxLength` counts characters, the platform counts bytes.
 */
export const maxUtf8Bytes = byteLimit('x-maxUtf8Bytes', 'string', (data) => _`new TextEncoder().encode(${data}).length`, '(UTF-8)');

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
 * `/content/elements/0/tag`. A string that does not parse is left to `contentMediaType`.
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
      // `data` swaps the value under validation and keeps the error path (see the doc comment).
      cxt.subschema({ keyword: 'contentSchema', data: parsed, dataTypes: [] }, valid);
      // With allErrors the subschema's own errors already fail the validation; nothing to add.
      if (!it.allErrors) gen.if(_`!${valid}`, () => gen.return(false));
    });
  },
};

/**
 * @param {{ standalone?: boolean }} [options]
 */
export function createAjv({ standalone = false } = {}) {
  const ajv = new Ajv2020({
    strict: true,
    // if/then and anyOf branches name properties declared by the parent schema: that is intended.
    strictRequired: false,
    allErrors: true,
    // No `verbose`: it copies the failing sub-schema into every error and grows the code by a
    // third; the one thing messages needed from it (what a `not` excludes) is in contract-index.
    // OpenAPI documents keep `example` in a few places; everything else is JSON Schema.
    code: standalone ? { source: true, esm: true, lines: false } : {},
  });
  addFormats(ajv, ['uri']);
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword, schemaType: ['object', 'array', 'string'] });
  ajv.addKeyword(maxSerializedBytes);
  ajv.addKeyword(maxUtf8Bytes);
  // Ajv registers the content keywords as annotations; ours validate (see above).
  ajv.removeKeyword('contentMediaType');
  ajv.removeKeyword('contentSchema');
  ajv.addKeyword(contentMediaType);
  ajv.addKeyword(contentSchema);
  return ajv;
}
