// The facts code reads from the contract must match the spec's own examples and the seed docs.
import { describe, expect, it } from 'vitest';
import { errorCodes, queryFacts, rateLimitOf } from '../src/contract-facts.js';
import { openapi } from './helpers/contract.js';

describe('contract facts', () => {
  it('every example error code in the spec is a documented x-error-code', () => {
    const documented = new Set(Object.values(errorCodes).map((e) => e.code));
    const used = Object.values<any>(openapi.components.examples).map((e) => e.value?.code).filter((c) => typeof c === 'number' && c !== 0);
    expect(used.length).toBeGreaterThan(5);
    for (const code of used) expect(documented).toContain(code);
  });
  it('carries the seed docs\' numbers', () => {
    expect(errorCodes.invalidParameter).toMatchObject({ code: 232001, httpStatus: 400 });
    expect(errorCodes.rateLimited).toMatchObject({ code: 99991400, httpStatus: 429 });
    expect(rateLimitOf('listChats')).toMatchObject({ perSecond: 50, perMinute: 1000 });
    expect(queryFacts('listChats').page_size).toEqual({ default: 20 });
    expect(queryFacts('listChats').user_id_type).toEqual({ default: 'open_id' });
    expect(queryFacts('searchChats').query).toEqual({ emptyResultAboveLength: 64 });
  });
});
