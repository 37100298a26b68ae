// What the mock reads from the bundled spec itself (generated/openapi.json), stripe-mock style:
// how each query parameter is coerced from its string form.
import fs from 'node:fs';

/** How a query string value becomes the typed value the contract checks. */
export type QueryKind = 'integer' | 'number' | 'boolean' | 'array' | 'string';

type Node = Record<string, any>;
let document: Node | undefined;

/** The bundled OpenAPI document, read once (both from src/ under vitest and from dist/). */
export function openapiDocument(): Node {
  document ??= JSON.parse(fs.readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8')) as Node;
  return document;
}

/** Follows local `$ref`s (`#/components/...`) to the node they name. */
function deref(node: Node | undefined): Node | undefined {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) return undefined;
    current = ref.slice(2).split('/').reduce<Node | undefined>((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], openapiDocument());
  }
  return current;
}

function operationNode(method: string, path: string): Node | undefined {
  return openapiDocument().paths?.[path]?.[method.toLowerCase()];
}

/** The kind of a schema: an array wins when any branch (oneOf/anyOf) accepts one, so `a,b` lists split. */
function kindOf(schema: Node | undefined): QueryKind {
  const s = deref(schema);
  if (!s) return 'string';
  const branches = [...(s.oneOf ?? []), ...(s.anyOf ?? [])].map((b: Node) => kindOf(b));
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('array') || branches.includes('array')) return 'array';
  for (const kind of ['integer', 'number', 'boolean'] as const) if (types.includes(kind) || branches.includes(kind)) return kind;
  return 'string';
}

/** The query parameters of an operation, each with the kind its schema declares. */
export function queryKinds(method: string, path: string): Map<string, QueryKind> {
  const kinds = new Map<string, QueryKind>();
  for (const raw of operationNode(method, path)?.parameters ?? []) {
    const parameter = deref(raw);
    if (parameter?.in === 'query' && typeof parameter.name === 'string') kinds.set(parameter.name, kindOf(parameter.schema));
  }
  return kinds;
}

/** The media types an operation's request body may be sent as (its `requestBody.content` keys), lowercased. */
export function bodyMediaTypes(method: string, path: string): string[] {
  const body = deref(operationNode(method, path)?.requestBody);
  return Object.keys(body?.content ?? {}).map((type) => type.toLowerCase());
}
