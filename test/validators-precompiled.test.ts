// Importing the validators must compile no schema: they are ajv standalone code, bundled.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

describe('precompiled validators', () => {
  const generated = fs.readFileSync(path.join(repoRoot, 'generated/validators.js'), 'utf8');
  it('generated/validators.js imports nothing (self-contained) and holds no compiler', () => {
    expect(generated).not.toMatch(/^import /m);
    expect(generated).not.toMatch(/new Ajv|\.compile\(|new Function\(/);
  });
  it('src/validators imports ajv for types only', () => {
    for (const file of fs.readdirSync(path.join(repoRoot, 'src/validators'))) {
      const src = fs.readFileSync(path.join(repoRoot, 'src/validators', file), 'utf8');
      for (const line of src.split('\n').filter((l) => /from ['"]ajv/.test(l))) expect(line).toMatch(/^import type /);
    }
  });
  it('validate never throws on odd JSON values and does not pollute prototypes', async () => {
    const { validate, schemaIds } = await import('../src/validators/index.js');
    const odd = [null, 0, '', [], {}, 'x'.repeat(100_000), JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'), [[[[[[[[[[]]]]]]]]]]];
    for (const id of schemaIds) for (const value of odd) expect(() => validate(id, value)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => validate('nope' as never, {})).toThrow(/Unknown schema id "nope". Known ids: listChats.query/);
  });
});
