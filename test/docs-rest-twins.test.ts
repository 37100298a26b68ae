// Issue 15 (docs): each JSAPI page links its REST twin — the server-side operation doing the same —
// into the REST reference. The pairs are data (`x-rest-twin` in the JSAPI input schemas).
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, JSAPIS } from '../scripts/lib/contract.js';
import { renderApiPage } from '../scripts/lib/docs/jsapi.js';
import { renderRestReference } from '../scripts/lib/docs/rest.js';
import { operations } from '../src/index.js';
import { openapi } from './helpers/contract.js';

const schemas = Object.fromEntries(jsonSchemaFiles());
const rest = renderRestReference(openapi);

describe('JSAPI pages link their REST twins', () => {
  it.each([
    ['chooseChat', ['listChats', 'searchChats']],
    ['getChatInfo', ['getChat']],
    ['sendMessageCard', ['createMessage']],
  ])('tt.%s → %s', (api, expected) => {
    const twins = (schemas[`jsapi/${api}.input.json`]['x-rest-twin'] ?? []).map((t: { operationId: string }) => t.operationId);
    expect(twins).toEqual(expected);
    const html = renderApiPage(api, schemas);
    for (const operationId of twins) {
      expect(Object.keys(operations)).toContain(operationId);
      expect(html).toContain(`href="../rest/index.html#op-${operationId}"`);
      // …and the anchor exists in the REST reference.
      expect(rest).toContain(`id="op-${operationId}"`);
    }
  });
  it('every JSAPI call has at least one twin', () => {
    for (const api of JSAPIS) expect(schemas[`jsapi/${api}.input.json`]['x-rest-twin']?.length, api).toBeGreaterThan(0);
  });
});
