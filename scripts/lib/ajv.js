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
  return ajv;
}
