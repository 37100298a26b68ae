// Issue 13.9: `npm start` stopped by the PID of its npm process must stop the server. It used to be
// a shell chain (`npm run docs && node … mock`): npm signalled the shell, the shell died, and the mock
// kept serving as an orphan. The test waits for the banner, sends SIGTERM to npm's PID, and polls
// (bounded) until the port no longer answers.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';
import { answers, bannerUrl, killGroup, stopsAnswering } from './helpers/served-process.js';

describe('npm start', () => {
  it('serves the mock and the docs, and stops the server when npm is stopped by PID', async () => {
    // PORT=0: any free port; the banner says which. `detached` gives npm its own process group, so
    // that the cleanup below can end whatever is left without touching the test runner.
    const npm = spawn('npm', ['start', '--silent'], { cwd: repoRoot, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const output = { text: '' };
    try {
      const url = await bannerUrl(npm, output);
      expect(output.text).toMatch(/Docs site: +http:\/\/127\.0\.0\.1:\d+\/docs\//);
      expect((await fetch(`${url}/docs/`)).status).toBe(200);
      expect(await answers(url)).toBe(true);

      const exited = new Promise((resolve) => npm.once('exit', resolve));
      process.kill(npm.pid!, 'SIGTERM');
      await exited;
      expect(await stopsAnswering(url), `the mock still answers on ${url} after npm was stopped`).toBe(true);
    } finally {
      killGroup(npm);
    }
  }, 120_000);
});
