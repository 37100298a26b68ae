import { describe, expect, it } from 'vitest';
import { schemaIds } from '../src/validators/index.js';
import { documentedRules, loadFixtures, openapi, ruleOf } from './helpers/contract.js';

const fixtures = loadFixtures();

describe('fixture coverage', () => {
  it.each(schemaIds.map((id) => [id]))('%s has valid and invalid fixtures', (id) => {
    const file = fixtures.get(id);
    expect(file, `test/fixtures/${id}.json is missing`).toBeDefined();
    expect(file!.valid.length).toBeGreaterThan(0);
    expect(file!.invalid.length).toBeGreaterThan(0);
    for (const c of file!.invalid) expect(c.fails?.length, `${id} / ${c.name} must say where it fails`).toBeGreaterThan(0);
  });

  it.each(schemaIds.map((id) => [id]))('%s: every documented rule is broken by some invalid fixture', (id) => {
    const covered = new Set((fixtures.get(id)?.invalid ?? []).flatMap((c) => (c.fails ?? []).map(ruleOf)));
    const missing = [...documentedRules(id)].filter((rule) => !covered.has(rule));
    expect(missing, `rules of ${id} without an invalid fixture`).toEqual([]);
  });

  it('every operation response has an example in the spec', () => {
    const missing: string[] = [];
    for (const item of Object.values<any>(openapi.paths)) {
      for (const op of Object.values<any>(item)) {
        for (const [status, res] of Object.entries<any>(op.responses)) {
          const resolved = res.$ref ? openapi.components.responses[res.$ref.split('/').pop()] : res;
          const examples = resolved.content?.['application/json']?.examples ?? {};
          if (Object.keys(examples).length === 0) missing.push(`${op.operationId} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
