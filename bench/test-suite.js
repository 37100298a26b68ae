// The test suite as a developer waits for it (issue 26.6): `npm test` once, whole, its wall time,
// the time of each step before vitest, vitest's test count, and the slowest files as the per-file
// durations reporter (test/setup/durations-reporter.ts) prints them. Part of the full `npm run
// bench` only (not --quick): it takes minutes.
import { spawn } from 'node:child_process';

/** Runs `npm test` in `cwd`; resolves with wall time, exit code, the test summary, the failed files and the slowest files. */
export function testSuiteBench({ cwd }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('npm', ['test'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let out = '';
    const steps = [];
    let last = start;
    child.stdout.on('data', (d) => {
      const text = String(d);
      out += text;
      // npm prints "> feishu-chat-contract@x.y.z <script>" as each step of the chain starts.
      // vitest announces itself with " RUN  v4…".
      const starts = [...text.matchAll(/^> [^\s@]+@\S+ (\S+)$|^\s*RUN\s+v\d/gm)].map((m) => m[1] ?? 'vitest run');
      for (const script of starts) {
        const now = performance.now();
        if (steps.length) steps.at(-1).ms = now - last;
        steps.push({ script, ms: 0 });
        last = now;
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (steps.length) steps.at(-1).ms = performance.now() - last;
      const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
      const tests = /^\s*Tests\s+(\d.*)$/m.exec(plain)?.[1]?.trim() ?? 'no summary';
      const failed = [...new Set([...plain.matchAll(/^\s*FAIL\s+(?:\S+\s+)?(test\/\S+\.test\.ts)/gm)].map((m) => m[1]))];
      const files = [...plain.matchAll(/^\s+([\d.]+) s\s+([\d.]+) s\s+([\d.]+) s\s+(\S+)\s+(\S+) \((\d+)\)$/gm)].map((m) => ({ totalS: Number(m[1]), importS: Number(m[2]), testsS: Number(m[3]), project: m[4], file: m[5], tests: Number(m[6]) }));
      resolve({ wallMs, code, tests, failed, steps, files });
    });
  });
}
