// `npm run check:package`: publint (strict) and attw (ESM-only profile) on the tarball npm would
// publish. The tarball is packed once, with --ignore-scripts: `npm test` has just built dist/, and
// letting each tool run `npm pack` itself would run the `prepare` build again, twice.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib/paths.js';

// `--tarball <file>`: check a tarball packed already (test/package.test.ts passes the one it installs).
const given = process.argv.includes('--tarball') ? path.resolve(process.argv[process.argv.indexOf('--tarball') + 1]) : undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-check-package-'));
const bin = (name) => path.join(root, 'node_modules/.bin', name);
let code = 0;
try {
  const tarball = given ?? path.join(dir, JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }))[0].filename);
  for (const [tool, args] of [['publint', ['run', tarball, '--strict']], ['attw', [tarball, '--profile', 'esm-only']]]) {
    try {
      execFileSync(bin(tool), args, { cwd: root, stdio: 'inherit' });
    } catch (error) {
      code = error.status ?? 1;
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exitCode = code;
