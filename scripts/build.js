// `npm run build`: dist/ for the package. tsc emits the declaration files (the public types) and
// a per-file JavaScript tree; then every public entry — each `default` target under dist/ in
// package.json `exports`, and the `bin` — is replaced by one prebuilt ES module bundled by esbuild
// from src/. Why: Node's ESM loader pays per module (resolve, read, parse, link), and importing the
// root as two dozen small modules cost ~40 ms; one module costs a few. The entries are read from
// package.json, so an entry someone adds there is bundled without editing this script.
//
// The entries are bundled together with code splitting: code two entries share (the error root,
// the validators' runner) lives once, in dist/chunks/, so `instanceof FeishuError` holds across
// entries, and a dynamic `import()` (the validators behind the client's first check, the card
// rules behind the first card check) stays a separate file loaded only when a call needs it.
// Dependencies are bundled too (they are the package's own, pinned by its lock), except the
// optional peers (vitest), Node's built-ins, which the consumer's runtime provides, and the
// CommonJS dependencies that require() built-ins (ws, protobufjs: see `unbundled`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every JavaScript file under dist/ that package.json `exports` (its `default` conditions) or `bin` names. */
export function publicEntries(manifest = pkg) {
  const targets = new Set();
  const visit = (value) => {
    if (typeof value === 'string') {
      const file = path.posix.normalize(value);
      if (file.startsWith('dist/') && file.endsWith('.js') && !file.includes('*')) targets.add(file);
    } else if (value && typeof value === 'object') {
      for (const [condition, inner] of Object.entries(value)) if (condition !== 'types') visit(inner);
    }
  };
  visit(manifest.exports);
  visit(typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {}));
  return [...targets].sort();
}

/** The src/ file a dist/ entry is compiled from (dist/a/b.js → src/a/b.ts). */
export function sourceOf(entry) {
  const base = entry.replace(/^dist\//, 'src/').replace(/\.js$/, '');
  const found = ['.ts', '.mts', '.js'].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f)));
  if (!found) throw new Error(`package.json names ${entry}, but there is no ${base}.ts to build it from`);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // 1. Types (and the per-file JavaScript the scripts in scripts/ import, e.g. dist/diff/index.js).
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

  // 2. One module per public entry, over the tsc output at the same path.
  const entries = publicEntries();
  // ws, protobufjs and busboy (the mock's multipart parser) stay imports of the installed dependencies: they are CommonJS that require()s
  // Node built-ins (and optional native add-ons) at run time, which an ESM bundle cannot do.
  const unbundled = ['ws', 'protobufjs', 'protobufjs/*', 'busboy'];
  const external = [...Object.keys(pkg.peerDependencies ?? {}), ...unbundled, 'node:*', ...builtinModules];
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries.map((e) => [e.replace(/^dist\//, '').replace(/\.js$/, ''), sourceOf(e)])),
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    // `neutral` resolves packages by their ESM entry, as a bundler would; Node-only code reaches
    // the built-ins through `node:` specifiers, which stay imports.
    mainFields: ['module', 'main'],
    conditions: ['import', 'module', 'default'],
    target: 'node20',
    external,
    chunkNames: 'chunks/[name]-[hash]',
    // The bundles stay readable (the package ships no source maps and no src/): not minified,
    // comments of the public API kept.
    minify: false,
    legalComments: 'inline',
    logLevel: 'warning',
    metafile: true,
  });
  // The CLI keeps its shebang and stays executable.
  for (const entry of entries) {
    const file = path.join(root, entry);
    if (Object.values(typeof pkg.bin === 'string' ? { bin: pkg.bin } : pkg.bin ?? {}).some((b) => path.normalize(b) === path.normalize(entry))) fs.chmodSync(file, 0o755);
  }
  const outputs = Object.entries(result.metafile.outputs);
  console.log(`bundled ${entries.length} entries (${entries.join(', ')}) into ${outputs.length} modules`);
}
