// Issue 21.5 and 21.6: `diff` on hostile schemas. Property names that Object.prototype also has are
// names like any other (own-property lookups everywhere in src/diff/); a schema too deep to compare
// is a usage problem (exit 2), never "breaking" (exit 1); enums are compared in linear time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { diffContracts } from '../src/diff/index.js';
import { repoRoot } from './helpers/contract.js';

const cli = path.join(repoRoot, 'dist/cli/main.js');

describe('prototype names as property names (issue 21.6)', () => {
  it.each(['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty'])('removing a required request property named %s is breaking', (name) => {
    // JSON.parse makes `__proto__` an own property, as a schema file read from disk has it.
    const old = JSON.parse(`{"type":"object","properties":{"a":{"type":"string"},${JSON.stringify(name)}:{"type":"string"}},"required":["a",${JSON.stringify(name)}]}`);
    const result = diffContracts(old, { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { direction: 'request' });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.breaking).toBeGreaterThan(0);
    expect(result.changes).toContainEqual(expect.objectContaining({ severity: 'breaking', rule: 'property-removed', pointer: `/properties/${name}` }));
  });

  it.each(['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty'])('a response %s that is added is a new property, not a change of an inherited one', (name) => {
    const added = JSON.parse(`{"type":"object","properties":{${JSON.stringify(name)}:{"type":"integer"}}}`);
    const result = diffContracts({ type: 'object', properties: {} }, added, { direction: 'response' });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.changes).toEqual([expect.objectContaining({ severity: 'additive', rule: 'property-added', pointer: `/properties/${name}` })]);
  });
});

describe('schemas too deep or too long to compare (issue 21.5)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-hostile-'));
  const write = (name: string, value: unknown) => (fs.writeFileSync(path.join(dir, name), JSON.stringify(value)), name);
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'diff', ...args], { encoding: 'utf8', cwd: dir });

  it('an 800-level schema diffed with itself: exit 2 and a message saying what it cannot compare, no RangeError trace', () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 800; i++) schema = { type: 'object', properties: { a: schema }, required: ['a'] };
    const file = write('deep.json', schema);
    const r = run(file, file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cannot compare deep\.json with deep\.json: its schemas nest or chain \$refs too deeply/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a 2,000-entry $ref chain diffed with itself answers (no change), never exit 1', () => {
    const defs: Record<string, unknown> = { d2000: { type: 'string' } };
    for (let i = 0; i < 2000; i++) defs[`d${i}`] = { $ref: `#/$defs/d${i + 1}` };
    const file = write('chain.json', { $ref: '#/$defs/d0', $defs: defs });
    const r = run(file, file);
    expect([0, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/RangeError/);
  });

  it('two 30,000-value enums are compared (quadratic pairs gave no answer in 120 s)', () => {
    const values = Array.from({ length: 30_000 }, (_, i) => `v${i}`);
    const result = diffContracts({ type: 'string', enum: values }, { type: 'string', enum: [...values.slice(1), 'v30000'] }, { direction: 'request' });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.changes).toEqual([
      expect.objectContaining({ severity: 'breaking', rule: 'enum-value-removed', message: 'value "v0" removed' }),
      expect.objectContaining({ severity: 'additive', rule: 'enum-value-added', message: 'value "v30000" added' }),
    ]);
  });
});
