// Standalone validators embed the schema objects they read enum/const values from; prose,
// examples and x- annotations would ride along and bloat the browser bundle. Validation
// does not read them, so the copy that gets compiled drops them.
import { annotationKeywords } from './ajv.js';

const ANNOTATIONS = new Set(['title', 'description', 'examples', 'default', '$comment', 'deprecated', ...annotationKeywords]);
// Keywords whose value maps names to subschemas (the names are data, not keywords).
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
// Keywords whose value is a subschema or a list of them.
const SUBSCHEMAS = new Set(['items', 'prefixItems', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'contentSchema']);

export function stripAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripAnnotations(v)]));
    else if (SUBSCHEMAS.has(key)) out[key] = stripAnnotations(value);
    else out[key] = value;
  }
  return out;
}
