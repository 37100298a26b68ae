// `npm test`: every check, none skipped — lint, check:generated, typecheck, build, check:breaking,
// then vitest — run as concurrently as their inputs allow, so that a 2-core machine is not left with
// one core idle while a single-threaded step (tsc, redocly) runs (issue 26.6). The order that matters:
//   1. check:generated, alone: it regenerates generated/ in place, which every other step reads.
//   2. lint, typecheck and build together (each reads generated/, none writes what another reads).
//   3. check:breaking once build is done (it imports dist/diff), then vitest (the tests use dist/).
//      lint and typecheck may still be running beside vitest.
// Any failure fails the run; a failure before vitest starts stops it from starting, as `&&` did.
// Each step's output is printed whole when it ends (never interleaved with another's), those that
// end while vitest runs after vitest's report, each with its time. Arguments go to vitest
// (`npm test -- test/docs-site.test.ts`), as they did when the script ended in `vitest run`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

let vitestRunning = false;
const heldBack = [];
const failed = [];

/** Runs `npm run <script>` with its output captured; prints it whole when it ends. */
function step(script) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(npm, ['run', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.stack ?? error}\n`)));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      if (!ok) failed.push(script);
      const report = `${Buffer.concat(chunks).toString()}\n${ok ? '✓' : '✗'} ${script}: ${seconds(performance.now() - t0)}${ok ? '' : ` — failed (${signal ?? `exit ${code}`})`}\n`;
      if (vitestRunning) heldBack.push(report);
      else process.stdout.write(report);
      resolve(ok);
    });
  });
}

/** vitest with its output live (it is the long part), arguments passed through. */
function vitest() {
  return new Promise((resolve) => {
    const t0 = performance.now();
    vitestRunning = true;
    const child = spawn(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: process.env });
    child.on('close', (code, signal) => {
      vitestRunning = false;
      if (code !== 0) failed.push('vitest');
      process.stdout.write(`\n${code === 0 ? '✓' : '✗'} vitest: ${seconds(performance.now() - t0)}${code === 0 ? '' : ` — failed (${signal ?? `exit ${code}`})`}\n`);
      resolve(code === 0);
    });
  });
}

const generatedOk = await step('check:generated');
let tests = Promise.resolve(false);
if (generatedOk) {
  const others = [step('lint'), step('typecheck')];
  // vitest waits for build and check:breaking, and starts only if nothing has failed by then.
  tests = step('build').then(async (built) => built && (await step('check:breaking')) && !failed.length && vitest());
  await Promise.all([...others, tests]);
}
for (const report of heldBack) process.stdout.write(report);
process.stdout.write(`\nnpm test: ${seconds(performance.now() - started)}${failed.length ? `; failed: ${failed.join(', ')}` : ''}\n`);
process.exit(failed.length ? 1 : 0);
