// Issue 22.7: `npx feishu-chat-contract mock` stopped by the PID of its npm process must stop the
// server. npx runs the bin through `sh -c`; npm forwards SIGTERM to that shell only, dash does not exec
// a lone command, so the shell died and the mock kept serving as an orphan (ppid 1). The test installs
// the repository's bin into a scratch project (a linked node_modules entry, as `npm install <dir>`
// makes, so npx runs it without a registry), waits for the banner, sends SIGTERM to npx's PID, and
// waits until the port no longer answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';
import { answers, bannerUrl, killGroup, stopsAnswering } from './helpers/served-process.js';

const bin = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).bin['feishu-chat-contract'] as string;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-npx-'));
fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'npx-mock-probe', private: true }));
fs.mkdirSync(path.join(work, 'node_modules/.bin'), { recursive: true });
fs.symlinkSync(repoRoot, path.join(work, 'node_modules/feishu-chat-contract'), 'dir');
fs.symlinkSync(path.join('../feishu-chat-contract', bin), path.join(work, 'node_modules/.bin/feishu-chat-contract'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npx feishu-chat-contract mock', () => {
  it.each([
    ['npx', ['feishu-chat-contract', 'mock', '--port', '0']],
    ['npm', ['exec', '--', 'feishu-chat-contract', 'mock', '--port', '0']],
  ])('stops serving when %s is stopped by its PID (SIGTERM)', async (command, args) => {
    // `detached`: npm gets its own process group, so the cleanup ends whatever is left, not the runner.
    const npm = spawn(command, args, { cwd: work, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const output = { text: '' };
    try {
      const url = await bannerUrl(npm, output);
      expect(await answers(url)).toBe(true);
      const exited = new Promise((resolve) => npm.once('exit', resolve));
      process.kill(npm.pid!, 'SIGTERM');
      await exited;
      expect(await stopsAnswering(url), `the mock still answers on ${url} after ${command} was stopped`).toBe(true);
    } finally {
      killGroup(npm);
    }
  }, 120_000);
});
