// Shared helpers of the benchmarks: medians, timing loops, child processes, table printing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Operations per second of `fn`, counted over `ms` milliseconds after a short warm-up. */
export function opsPerSecond(fn, ms = 400) {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 50; i++) fn();
    n += 50;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

/** Runs `node args` to completion; resolves with its stdout, wall time (ms) and exit code. */
export function runNode(args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ out, wallMs });
    });
  });
}

export const fmt = (n, digits = 1) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits));

/** A Markdown table from a header and rows of strings. */
export function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return lines.join('\n');
}

/** Starts `node args`, resolves with the child and the first line it prints (JSON). */
export function startServer(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ child, reportsCpu: true, ...JSON.parse(line) });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`server ${args.join(' ')} exited ${code}`)));
  });
}

/** Stops a server child; resolves with the last JSON line it printed (its CPU report), if any. */
export const stopServer = (child) =>
  new Promise((resolve) => {
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    // A server that died under the load (Prism can) has nothing more to say.
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ died: true });
    child.once('exit', () => {
      const last = out.trim().split('\n').at(-1);
      try {
        resolve(last ? JSON.parse(last) : {});
      } catch {
        resolve({});
      }
    });
    child.kill();
  });

