// Issue 13.9: `npm start` stopped by the PID of its npm process must stop the server. It used to be
// a shell chain (`npm run docs && node … mock`): npm signalled the shell, the shell died, and the mock
// kept serving as an orphan. The test waits for the banner, sends SIGTERM to npm's PID, and polls
// (bounded) until the port no longer answers.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const answers = async (url: string) => {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  it('serves the mock and the docs, and stops the server when npm is stopped by PID', async () => {
    // PORT=0: any free port; the banner says which. `detached` gives npm its own process group, so
    // that the cleanup below can end whatever is left without touching the test runner.
    const npm = spawn('npm', ['start', '--silent'], { cwd: repoRoot, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    npm.stdout.on('data', (d) => (out += d));
    npm.stderr.on('data', (d) => (out += d));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const onData = () => {
          const m = /Mock Feishu listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]!);
        };
        npm.stdout.on('data', onData);
        npm.once('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${out}`)));
      });
      expect(out).toMatch(/Docs site: +http:\/\/127\.0\.0\.1:\d+\/docs\//);
      expect((await fetch(`${url}/docs/`)).status).toBe(200);
      expect(await answers(url)).toBe(true);

      const exited = new Promise((resolve) => npm.once('exit', resolve));
      process.kill(npm.pid!, 'SIGTERM');
      await exited;
      // The server may take a moment to close after npm exits: poll the condition, bounded.
      let serving = true;
      for (let i = 0; i < 100 && serving; i++) {
        serving = await answers(url);
        if (serving) await new Promise((r) => setTimeout(r, 100));
      }
      expect(serving, `the mock still answers on ${url} after npm was stopped`).toBe(false);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL'); // leave nothing running, whatever happened above
      } catch {
        // already gone
      }
    }
  }, 120_000);
});
