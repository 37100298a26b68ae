// Every `pattern` of the contract must be safe from catastrophic backtracking (recheck).
import fs from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/contract.js';

function patterns(node: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n, i) => patterns(n, `${where}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') out.push([where, v]);
      else patterns(v, `${where}/${k}`, out);
    }
  }
  return out;
}

const files = [
  'generated/openapi.json',
  ...['common', 'jsapi'].flatMap((d) => fs.readdirSync(path.join(repoRoot, 'schemas', d)).map((f) => `schemas/${d}/${f}`)),
];
const found = files.flatMap((f) => patterns(JSON.parse(fs.readFileSync(path.join(repoRoot, f), 'utf8')), f));

describe('ReDoS', () => {
  it('finds the contract patterns (so the check below checks something)', () => expect(found.length).toBeGreaterThan(5));
  it('the checker flags a known-bad pattern', () => expect(checkSync('^(a+)+$', '').status).toBe('vulnerable'));
  it.each(found)('%s: %s is safe', (_where, pattern) => {
    const result = checkSync(pattern, 'u');
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });
});
