import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { responseSchemaId, validate, schemaIds } from '../src/validators/index.js';
import { repoRoot } from './helpers/contract.js';

const dir = path.join(repoRoot, 'test/recorded');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('recorded payloads', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((f) => [f]))('%s matches its schema', (file) => {
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(recorded.provenance, 'every recording says where it comes from').toMatch(/\w/);
    expect(schemaIds).toContain(recorded.schemaId);
    expect(validate(recorded.schemaId, recorded.body)).toEqual({ valid: true });
    // Files written by recordTo also name the call: its documented answer for that status must be this schema.
    if (recorded.operationId) expect(responseSchemaId(recorded.operationId, recorded.status)).toBe(recorded.schemaId);
  });
});
