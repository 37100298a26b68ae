// Operation-level comparison of two bundled OpenAPI 3.1 documents: operations, parameters, request
// bodies, responses and security, each schema compared in its direction (parameters and bodies as
// request, response bodies as response).
import { Documents, SchemaComparer } from './schema.js';
import { has, own, toPointer, type Change, type Direction } from './types.js';

type Json = any;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The object a `#/components/...` reference names (or the object itself), and its pointer segments. */
function locate(doc: Json, node: Json, at: string[]): { node: Json; at: string[] } {
  for (let i = 0; i < 20 && node && typeof node.$ref === 'string' && node.$ref.startsWith('#/'); i++) {
    at = node.$ref
      .slice(2)
      .split('/')
      .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = at.reduce((n: Json, s: string) => own(n, s), doc);
  }
  return { node, at };
}

interface Operation {
  path: string;
  method: string;
  op: Json;
  name: string;
  /** The path item's parameters and the operation's, each resolved, with its pointer. */
  params: { node: Json; at: string[] }[];
}

function operations(doc: Json): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries<Json>(doc.paths ?? {})) {
    const item = locate(doc, rawItem, ['paths', path]).node;
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      // Path parameter names do not matter to a caller: /chats/{chat_id} and /chats/{id} are one route.
      const route = path.replace(/\{[^}]*\}/g, '{}');
      const params = [
        ...(item.parameters ?? []).map((p: Json, i: number) => locate(doc, p, ['paths', path, 'parameters', String(i)])),
        ...(op.parameters ?? []).map((p: Json, i: number) => locate(doc, p, ['paths', path, method, 'parameters', String(i)])),
      ];
      // An operation-level parameter overrides a path-level one of the same name and place.
      const own = params.filter((p, i) => !params.some((q, j) => j > i && q.node?.in === p.node?.in && q.node?.name === p.node?.name));
      out.set(`${method.toUpperCase()} ${route}`, { path, method, op, params: own, name: op.operationId ?? `${method.toUpperCase()} ${path}` });
    }
  }
  return out;
}

/** The security an operation requires, as a comparable string ("" = none). */
function security(doc: Json, op: Json): string {
  const requirements: Json[] = op.security ?? doc.security ?? [];
  return JSON.stringify(requirements.map((r) => Object.entries<Json>(r).map(([k, v]) => `${k}:${[...v].sort().join(',')}`).sort().join('+')).sort());
}

/** Compares two bundled OpenAPI documents. */
export function diffOpenApi(oldDoc: Json, newDoc: Json): Change[] {
  const comparer = new SchemaComparer(new Documents(oldDoc, 'file:///old/openapi.json'), new Documents(newDoc, 'file:///new/openapi.json'));
  const oldBase = comparer.oldDocs.rootUri;
  const newBase = comparer.newDocs.rootUri;
  const changes: Change[] = [];
  // A component shared by several operations (a parameter, a response) is reported once, where it is written.
  const seen = new Set<string>();
  const record = (c: Change) => {
    const key = `${c.severity}|${c.rule}|${c.direction}|${c.pointer}`;
    if (!seen.has(key)) changes.push(c);
    seen.add(key);
  };
  const push = (c: Omit<Change, 'pointer'> & { at: string[] }) => {
    const { at, ...rest } = c;
    record({ ...rest, pointer: toPointer(at) });
  };
  /** Schema changes; those written inside the operation are prefixed with where (a component's pointer says it all). */
  const schemas = (oldAt: string[], newAt: string[], o: Json, n: Json, direction: Direction, name: string) => {
    for (const c of comparer.compare({ schema: o, base: oldBase, at: oldAt }, { schema: n, base: newBase, at: newAt }, direction)) {
      record(c.pointer.startsWith('/paths/') ? { ...c, message: `${name}: ${c.message}` } : c);
    }
  };

  const oldOps = operations(oldDoc);
  const newOps = operations(newDoc);
  for (const [key, o] of oldOps) {
    const n = newOps.get(key);
    const oldAt = ['paths', o.path, o.method];
    if (!n) {
      push({ severity: 'breaking', rule: 'operation-removed', message: `operation ${o.name} (${key}) removed`, at: oldAt });
      continue;
    }
    const at = ['paths', n.path, n.method];
    if (security(oldDoc, o.op) !== security(newDoc, n.op)) {
      push({ severity: 'breaking', rule: 'security-changed', message: `${n.name}: authentication requirements changed from ${security(oldDoc, o.op)} to ${security(newDoc, n.op)}`, at: [...at, 'security'] });
    }

    // Parameters, by where they go and their name (a path parameter by its place in the template:
    // /chats/{chat_id} and /chats/{id} take the same argument).
    const keyIn = (path: string) => (p: Json) => (p.in === 'path' ? `path#${[...path.matchAll(/\{([^}]*)\}/g)].findIndex((m) => m[1] === p.name)}` : `${p.in}:${p.name}`);
    const oldKey = keyIn(o.path);
    const newKey = keyIn(n.path);
    const oldLocated = o.params;
    const newLocated = n.params;
    const oldParams = oldLocated.map((l) => l.node);
    const newParams = newLocated.map((l) => l.node);
    for (const [i, op] of oldParams.entries()) {
      const j = newParams.findIndex((q) => newKey(q) === oldKey(op));
      const np = newParams[j];
      if (!np) {
        push({ severity: 'breaking', rule: 'parameter-removed', direction: 'request', message: `${n.name}: ${op.in} parameter ${op.name} removed`, at: oldLocated[i]!.at });
        continue;
      }
      const pAt = newLocated[j]!.at;
      if (!op.required && np.required) push({ severity: 'breaking', rule: 'parameter-made-required', direction: 'request', message: `${n.name}: ${np.in} parameter ${np.name} is now required`, at: [...pAt, 'required'] });
      if (op.required && !np.required) push({ severity: 'additive', rule: 'parameter-made-optional', direction: 'request', message: `${n.name}: ${np.in} parameter ${np.name} is now optional`, at: [...pAt, 'required'] });
      schemas([...oldLocated[i]!.at, 'schema'], [...pAt, 'schema'], op.schema, np.schema, 'request', `${n.name} ${np.in} parameter ${np.name}`);
    }
    for (const [j, np] of newParams.entries()) {
      if (oldParams.some((q) => oldKey(q) === newKey(np))) continue;
      push({
        severity: np.required ? 'breaking' : 'additive',
        rule: np.required ? 'required-parameter-added' : 'parameter-added',
        direction: 'request',
        message: `${n.name}: new ${np.required ? 'required' : 'optional'} ${np.in} parameter ${np.name}`,
        at: newLocated[j]!.at,
      });
    }

    // Request body.
    const { node: ob, at: oldBodyAt } = locate(oldDoc, o.op.requestBody, [...oldAt, 'requestBody']);
    const { node: nb, at: bodyAt } = locate(newDoc, n.op.requestBody, [...at, 'requestBody']);
    if (ob && !nb) push({ severity: 'breaking', rule: 'request-body-removed', direction: 'request', message: `${n.name}: request body removed`, at: oldBodyAt });
    if (!ob && nb) push({ severity: nb.required ? 'breaking' : 'additive', rule: nb.required ? 'required-request-body-added' : 'request-body-added', direction: 'request', message: `${n.name}: new ${nb.required ? 'required ' : ''}request body`, at: bodyAt });
    if (ob && nb) {
      if (!ob.required && nb.required) push({ severity: 'breaking', rule: 'request-body-made-required', direction: 'request', message: `${n.name}: the request body is now required`, at: [...bodyAt, 'required'] });
      media(ob.content, nb.content, [...oldBodyAt, 'content'], [...bodyAt, 'content'], 'request', `${n.name} request body`);
    }

    // Responses, by status.
    const oldResponses = o.op.responses ?? {};
    const newResponses = n.op.responses ?? {};
    for (const status of Object.keys(oldResponses)) {
      if (!has(newResponses, status)) {
        push({ severity: status.startsWith('2') ? 'breaking' : 'warning', rule: 'response-removed', direction: 'response', message: `${n.name}: response ${status} removed`, at: [...oldAt, 'responses', status] });
        continue;
      }
      const or = locate(oldDoc, own(oldResponses, status), [...oldAt, 'responses', status]);
      const nr = locate(newDoc, own(newResponses, status), [...at, 'responses', status]);
      media(or.node?.content, nr.node?.content, [...or.at, 'content'], [...nr.at, 'content'], 'response', `${n.name} response ${status}`);
    }
    for (const status of Object.keys(newResponses)) {
      if (!has(oldResponses, status)) push({ severity: 'additive', rule: 'response-added', direction: 'response', message: `${n.name}: new response ${status}`, at: [...at, 'responses', status] });
    }
  }
  for (const [key, n] of newOps) {
    if (!oldOps.has(key)) push({ severity: 'additive', rule: 'operation-added', message: `new operation ${n.name} (${key})`, at: ['paths', n.path, n.method] });
  }
  return changes;

  function media(oc: Json, nc: Json, oldAt: string[], newAt: string[], direction: Direction, name: string) {
    const o = oc ?? {};
    const n = nc ?? {};
    for (const type of Object.keys(o)) {
      if (!has(n, type)) {
        push({ severity: 'breaking', rule: 'media-type-removed', direction, message: `${name}: ${type} removed`, at: [...oldAt, type] });
        continue;
      }
      if (own(o, type)?.schema !== undefined || own(n, type)?.schema !== undefined) schemas([...oldAt, type, 'schema'], [...newAt, type, 'schema'], own(o, type)?.schema, own(n, type)?.schema, direction, `${name} (${type})`);
    }
    for (const type of Object.keys(n)) {
      if (!has(o, type)) push({ severity: 'additive', rule: 'media-type-added', direction, message: `${name}: new media type ${type}`, at: [...newAt, type] });
    }
  }
}
