import { describe, expect, it } from 'vitest';
import { validate, schemaIds } from '../src/validators/index.js';
import { loadFixtures } from './helpers/contract.js';

const fixtures = loadFixtures();

describe.each([...fixtures])('%s', (schemaId, file) => {
  it('is a known schema id', () => expect(schemaIds).toContain(schemaId));

  it.each(file.valid.map((c) => [c.name, c] as const))('accepts: %s', (_, c) => {
    expect(validate(schemaId as never, c.data)).toEqual({ valid: true });
  });

  it.each(file.invalid.map((c) => [c.name, c] as const))('rejects: %s', (_, c) => {
    const result = validate(schemaId as never, c.data);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    for (const expected of c.fails ?? []) {
      expect(result.errors, `expected an error at ${expected.path} (${expected.keyword})`).toContainEqual(
        expect.objectContaining({
          path: expected.path,
          keyword: expected.keyword,
          ...(expected.message ? { message: expected.message } : {}),
          ...(expected.rule ? { platformError: expect.objectContaining({ rule: expected.rule }) } : {}),
        }),
      );
    }
    for (const error of result.errors) {
      // Messages name the field (the pointer's last key, or (root)) and say the rule in words.
      const field = error.path === '' ? '(root)' : error.path.split('/').filter((s) => !/^\d+$/.test(s)).pop()!;
      expect(error.message).toContain(field);
      expect(error.message).not.toMatch(/must NOT have|must match "then"|excluded schema/);
    }
  });
});
