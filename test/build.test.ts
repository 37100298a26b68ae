// The build (scripts/build.js, issue 26.1): every public entry of package.json `exports` (and the
// bin) ships as one prebuilt module, whose static imports reach only the shared chunks — no
// per-file tree for the ESM loader to walk at import — and an entry added to `exports` is bundled
// without editing the script. Runs on the dist/ that `npm test` builds before vitest.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicEntries, sourceOf } from '../scripts/build.js';
import { repoRoot } from './helpers/contract.js';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const entries: string[] = publicEntries(pkg);

/** The relative specifiers a module imports statically (import … from / export … from / bare import). */
function staticImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)].map((m) => (m[1] ?? m[2])!).filter((s) => s.startsWith('.'));
}

describe('the build bundles the entries package.json names', () => {
  it('reads every dist/ target of exports and the bin, and no other', () => {
    const named = new Set<string>();
    for (const value of Object.values(pkg.exports as Record<string, unknown>)) {
      const target = typeof value === 'string' ? value : (value as Record<string, string>).default;
      if (target?.startsWith('./dist/')) named.add(target.slice(2));
    }
    named.add(path.posix.normalize(pkg.bin['feishu-chat-contract']));
    expect(entries).toEqual([...named].sort());
  });

  it('bundles an entry someone adds to exports (./events) without a change to the script', () => {
    const manifest = { ...pkg, exports: { ...pkg.exports, './events': { types: './dist/events/index.d.ts', default: './dist/events/index.js' } } };
    expect(publicEntries(manifest)).toContain('dist/events/index.js');
    // Its source is the src/ file at the same path; a target with no source is an error naming it.
    expect(() => sourceOf('dist/no-such-entry/index.js')).toThrow(/dist\/no-such-entry\/index\.js.*src\/no-such-entry\/index\.ts/);
  });

  it.each(entries.map((e) => [e]))('%s is one module: its static imports reach only the shared chunks', (entry) => {
    const file = path.join(repoRoot, entry);
    expect(fs.existsSync(file), `${entry} is built`).toBe(true);
    const seen = new Set<string>();
    const walk = (f: string) => {
      for (const spec of staticImports(f)) {
        const target = path.resolve(path.dirname(f), spec);
        expect(path.relative(path.join(repoRoot, 'dist'), target), `${path.relative(repoRoot, f)} imports ${spec}`).toMatch(/^chunks\/[^/]+\.js$/);
        if (!seen.has(target)) {
          seen.add(target);
          walk(target);
        }
      }
    };
    walk(file);
  });

  it('keeps the contract facts that code reads by path next to the modules that read them', () => {
    // A bundle reading generated/ or package.json through import.meta.url must sit two levels below the package root.
    for (const f of fs.readdirSync(path.join(repoRoot, 'dist'), { recursive: true }) as string[]) {
      if (!f.endsWith('.js') || (!entries.includes(`dist/${f}`) && !f.startsWith('chunks/'))) continue;
      if (fs.readFileSync(path.join(repoRoot, 'dist', f), 'utf8').includes('import.meta.url')) expect(f.split('/').length, f).toBe(2);
    }
  });
});
