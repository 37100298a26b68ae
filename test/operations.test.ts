// The operation table (generated/operations.js) against the spec it is generated from.
import { describe, expect, it } from 'vitest';
import { operations } from '../src/index.js';
import { errorCodes } from '../src/contract-facts.js';
import { responseSchemaId, schemaIds, validate } from '../src/validators/index.js';
import { openapi } from './helpers/contract.js';

const specOperations = Object.entries<any>(openapi.paths).flatMap(([path, item]) =>
  Object.entries<any>(item).filter(([, op]) => op?.operationId).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

describe('operation table', () => {
  it('has every operation of the spec, with its method and path template', () => {
    expect(Object.keys(operations).sort()).toEqual(specOperations.map((o) => o.op.operationId).sort());
    for (const { path, method, op } of specOperations) {
      expect(operations[op.operationId as keyof typeof operations]).toMatchObject({ operationId: op.operationId, method, path });
    }
  });

  it('names only schema ids the validators know', () => {
    for (const op of Object.values(operations)) {
      for (const id of Object.values(op.schemas)) expect(schemaIds).toContain(id);
      for (const roles of Object.values(op.responses)) for (const id of Object.values(roles)) expect(schemaIds).toContain(id);
    }
  });

  it('describes list and search as paginated by page_token over data.items, and the token endpoint as not', () => {
    expect(operations.listChats.pagination).toEqual({ itemsKey: 'items', pageTokenParam: 'page_token', pageSizeParam: 'page_size', in: 'query' });
    expect(operations.searchChats.pagination?.itemsKey).toBe('items');
    expect(operations.getTenantAccessToken.pagination).toBeUndefined();
  });

  it('reads token types from security (x-token-type), scopes and rate limits from the operation', () => {
    expect(operations.listChats.tokenTypes).toEqual(['tenant', 'user']);
    expect(operations.getTenantAccessToken.tokenTypes).toEqual([]);
    expect(operations.listChats.scopes.anyOf).toContain('im:chat:readonly');
    expect(operations.listChats.scopes.fields[0]).toMatchObject({ scope: 'contact:user.employee_id:readonly', fields: ['owner_id'] });
    expect(operations.listChats.rateLimit).toMatchObject({ perSecond: 50, perMinute: 1000 });
    expect(operations.getTenantAccessToken.rateLimit).toBeUndefined();
  });

  it('lists each operation\'s documented error codes with retryability', () => {
    const byName = Object.fromEntries(operations.listChats.errorCodes.map((e) => [e.name, e]));
    expect(byName.rateLimited).toMatchObject({ code: 99991400, httpStatus: 429, retryable: true });
    expect(byName.invalidParameter).toMatchObject({ code: 232001, retryable: false });
    expect(byName.tenantTokenInvalid).toMatchObject({ code: 99991663, retryable: true });
    // Codes of the token endpoint are its own (operation-level x-error-codes).
    expect(operations.getTenantAccessToken.errorCodes.map((e) => e.code)).toEqual(expect.arrayContaining([10003, 10014]));
    expect(operations.listChats.errorCodes.map((e) => e.code)).not.toContain(10003);
    for (const op of Object.values(operations)) for (const e of op.errorCodes) expect(errorCodes[e.name as keyof typeof errorCodes]).toMatchObject({ code: e.code });
  });

  it('idempotency: GETs are safe to resend, the token POST is not', () => {
    expect(operations.listChats.idempotent).toBe(true);
    expect(operations.getTenantAccessToken.idempotent).toBe(false);
  });
});

describe('HTTP 200 carries success or error, told apart by code (issue 13.2)', () => {
  it('every operation\'s 200 names both bodies', () => {
    for (const op of Object.values(operations)) expect(op.responses['200']).toEqual({ success: op.schemas.response, error: 'errorResponse' });
  });
  it('responseSchemaId picks the body by code', () => {
    const tokenError = { code: 10003, msg: 'invalid param' };
    expect(responseSchemaId('getTenantAccessToken', 200, tokenError)).toBe('errorResponse');
    expect(validate('errorResponse', tokenError)).toEqual({ valid: true });
    expect(responseSchemaId('listChats', 200, { code: 0, msg: 'success', data: { items: [], has_more: false } })).toBe('listChats.response');
    expect(responseSchemaId('listChats', 200, { code: 99991663, msg: 'Invalid access token' })).toBe('errorResponse');
    expect(responseSchemaId('listChats', 200)).toBe('listChats.response');
    expect(responseSchemaId('listChats', 429, { code: 99991400 })).toBe('errorResponse');
  });
});

describe('listChats `types` (issue 13.3)', () => {
  const param = openapi.components.parameters.ChatTypes;
  const values: string[] = openapi.components.schemas.ChatType.enum;
  it('the string form lists exactly the duplicate-free, comma-separated orderings of ChatType', () => {
    const orderings = (rest: string[]): string[][] => rest.flatMap((v) => [[v], ...orderings(rest.filter((x) => x !== v)).map((tail) => [v, ...tail])]);
    const expected = [...new Set(orderings(values).map((o) => o.join(',')))].sort();
    const stringForm = param.schema.oneOf.find((s: any) => s.type === 'string');
    expect([...stringForm.enum].sort()).toEqual(expected);
  });
  it('documents that a tenant token may not ask for p2p, with a documented error', () => {
    expect(operations.listChats.query.types?.tokenRestrictions).toEqual([{ tokenType: 'tenant', values: ['p2p'], error: 'invalidParameter' }]);
    expect(errorCodes.invalidParameter.code).toBe(232001);
  });
});
