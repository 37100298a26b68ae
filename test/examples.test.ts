// Every example written in spec/ and schemas/ must satisfy the contract it illustrates.
import { describe, expect, it } from 'vitest';
import { createAjv } from '../scripts/lib/ajv.js';
import { validate, responseSchemaId } from '../src/validators/index.js';
import { deref } from '../scripts/lib/resolve.js';
import { documents, openapi } from './helpers/contract.js';

const ajv = createAjv();
for (const doc of documents.values()) ajv.addSchema(doc);

/** Every `examples` array inside a schema document, with the pointer of the schema that holds it. */
function schemaExamples(node: any, pointer: string, out: [string, unknown][] = []): [string, unknown][] {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node.examples) && (node.type || node.$ref || node.properties || node.const || node.oneOf)) {
    for (const example of node.examples) out.push([pointer, example]);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'const' || key === 'enum' || key === 'default') continue;
    schemaExamples(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

const cases = [...documents.entries()].flatMap(([id, doc]) => schemaExamples(doc, '').map(([p, ex]) => [`${id}#${p}`, ex] as const));

describe('schema examples', () => {
  it('there are examples to check', () => expect(cases.length).toBeGreaterThan(15));
  it.each(cases)('%s', (ref, example) => {
    const check = ajv.compile({ $ref: ref });
    expect(check(example), JSON.stringify(check.errors)).toBe(true);
  });
});

const mediaExamples: [string, string, number | string, unknown][] = [];
const paramExamples: [string, string, unknown][] = [];
for (const item of Object.values<any>(openapi.paths)) {
  for (const op of Object.values<any>(item)) {
    for (const [status, res] of Object.entries<any>(op.responses)) {
      const resolved = deref(openapi, res);
      for (const [name, ex] of Object.entries<any>(resolved.content?.['application/json']?.examples ?? {})) {
        const example = deref(openapi, ex);
        mediaExamples.push([op.operationId, name, status, example.value]);
      }
    }
    for (const p of op.parameters ?? []) {
      const param = deref(openapi, p);
      if ('example' in param) paramExamples.push([`${op.operationId}.${param.in}`, param.name, param.example]);
    }
    const body = op.requestBody?.content?.['application/json'];
    for (const [name, ex] of Object.entries<any>(body?.examples ?? {})) mediaExamples.push([op.operationId, `request ${name}`, 'body', ex.value]);
  }
}

describe('OpenAPI examples', () => {
  it.each(mediaExamples)('%s %s (%s)', (operationId, _name, status, value) => {
    const id = status === 'body' ? (`${operationId}.body` as const) : responseSchemaId(operationId, status, value);
    expect(id).toBeDefined();
    expect(validate(id as never, value)).toEqual({ valid: true });
  });
  it.each(paramExamples)('%s parameter %s', (schemaId, name, value) => {
    const check = validate(schemaId as never, { [name]: value });
    // A path schema requires every path parameter: judge only this one.
    expect(check.valid || check.errors.every((e) => e.keyword === 'required' && e.path !== `/${name}`)).toBe(true);
  });
});
