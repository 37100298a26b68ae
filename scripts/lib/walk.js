// The one schema walker of scripts/: json-schema-traverse (ajv's own) knows which keywords hold
// sub-schemas, so no walk here re-encodes that list or mistakes a property named "not" for a keyword.
import traverse from 'json-schema-traverse';

/**
 * Calls `visit(schema, pointer, parent, keyword, key)` for `root` and every sub-schema in it
 * (`$defs` included), with the JSON pointer of each from `root`.
 */
export function walkSchema(root, visit) {
  traverse(root, { allKeys: false }, (schema, pointer, _root, _parentPointer, keyword, parent, key) => visit(schema, pointer, parent, keyword, key));
}
