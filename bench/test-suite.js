// The test suite as a developer waits for it (issue 26.6): `npm test` once, whole, its wall time,
// the time of each step (they overlap: scripts/test.js), vitest's test count, and the slowest files as the per-file
// durations reporter (test/setup/durations-reporter.ts) prints them. Part of the full `npm run
// bench` only (not --quick): it takes minutes.
import { spawn } from 'node:child_process';

/** Runs `npm test` in `cwd`; resolves with wall time, exit code, the test summary, the failed files and the slowest files. */
export function testSuiteBench({ cwd }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npm', ['test'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
      // scripts/test.js runs the steps side by side and ends each one's output with its own time
      // ("✓ typecheck: 41.2 s"): the steps overlap, so their times add up to more than the wall time.
      const steps = [...plain.matchAll(/^[✓✗] (\S+): ([\d.]+) s/gm)].map((m) => ({ script: m[1], ms: Number(m[2]) * 1000 }));
      const tests = /^\s*Tests\s+(\d.*)$/m.exec(plain)?.[1]?.trim() ?? 'no summary';
      const failed = [...new Set([...plain.matchAll(/^\s*FAIL\s+(?:\S+\s+)?(test\/\S+\.test\.ts)/gm)].map((m) => m[1]))];
      const files = [...plain.matchAll(/^\s+([\d.]+) s\s+([\d.]+) s\s+([\d.]+) s\s+(\S+)\s+(\S+) \((\d+)\)$/gm)].map((m) => ({ totalS: Number(m[1]), importS: Number(m[2]), testsS: Number(m[3]), project: m[4], file: m[5], tests: Number(m[6]) }));
      resolve({ wallMs, code, tests, failed, steps, files });
    });
  });
}
