// The facts code reads from the contract must match the spec's own examples and the seed docs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes, queryFacts, rateLimitOf } from '../src/contract-facts.js';
import { openapi, repoRoot } from './helpers/contract.js';
import { operations } from '../generated/operations.js';

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
  it('the mock types no documented error code: its behaviours, uploads and multipart parser name codes, the numbers come from spec/ (upload codes included)', () => {
    const documented = new Set(Object.values(errorCodes).map((e) => e.code));
    const files = [
      ...fs.readdirSync(path.join(repoRoot, 'src/mock/behaviours')).map((f) => `src/mock/behaviours/${f}`),
      'src/mock/uploads.ts',
      'src/mock/multipart.ts',
      'src/mock/in-flight.ts',
      'src/mock/server.ts',
    ];
    const typed: string[] = [];
    for (const file of files) {
      // Comments may cite codes (they say why); code may not state them.
      const code = fs.readFileSync(path.join(repoRoot, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const [literal] of code.matchAll(/\b\d{5,10}\b/g)) if (documented.has(Number(literal))) typed.push(`${file}: ${literal}`);
    }
    expect(files.length).toBeGreaterThan(20);
    expect(typed).toEqual([]);
    // Nor a card sub-code of 230099 (written in the spec's subCodes: 200621 parse error, 200570 invalid image keys…).
    const subCodes = new Set(errorCodes.cardContentInvalid.subCodes!.map((c) => c.code));
    expect(subCodes).toEqual(expect.objectContaining({ size: 15 }));
    const typedSub = files.flatMap((file) => [...fs.readFileSync(path.join(repoRoot, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').matchAll(/\b\d{5,6}\b/g)].filter(([n]) => subCodes.has(Number(n))).map(([n]) => `${file}: ${n}`));
    expect(typedSub).toEqual([]);
    // The upload behaviours answer by name, so each name they use is an upload operation's documented code.
    const uploads = fs.readFileSync(path.join(repoRoot, 'src/mock/behaviours/uploads.ts'), 'utf8');
    const names = [...uploads.matchAll(/fail\('(\w+)'/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(3);
    const uploadCodes = new Set([...operations.uploadImage.errorCodes, ...operations.uploadFile.errorCodes].map((e) => e.name));
    for (const name of names) expect(uploadCodes).toContain(name);
  });
});
