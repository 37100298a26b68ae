// `feishu-chat-contract validate` against hostile file trees (issue 21, item 11): globs that would
// leave the tree through symbolic links, a file whose content must not be echoed, and a FIFO.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate.js';
import { repoRoot } from '../helpers/contract.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-validate-edges-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const ok = JSON.stringify({ errMsg: 'chooseChat:ok', data: [] });

/** Runs the command in-process from `cwd`, collecting what it prints. */
async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const status = await validateCommand(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: async () => '' });
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.chdir(before);
  }
}

describe('validate: globs stay in the tree unless --follow-symlinks', () => {
  // tree/ holds one file and a link to a folder outside it, and a link to a file outside it.
  const outside = path.join(root, 'outside');
  const tree = path.join(root, 'tree');
  fs.mkdirSync(path.join(outside, 'deep'), { recursive: true });
  fs.mkdirSync(tree);
  fs.writeFileSync(path.join(outside, 'deep', 'secret.json'), ok);
  fs.writeFileSync(path.join(outside, 'lone.json'), ok);
  fs.writeFileSync(path.join(tree, 'mine.json'), ok);
  fs.symlinkSync(outside, path.join(tree, 'escape'), 'dir');
  fs.symlinkSync(path.join(outside, 'lone.json'), path.join(tree, 'link.json'));

  it("'**/*.json' does not follow a folder link (or a file link) out of the tree", async () => {
    const r = await run(['chooseChat.success', '**/*.json', '--json'], tree);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    expect(files).toEqual(['mine.json']);
    expect(r.status).toBe(0);
  });

  it('--follow-symlinks follows them', async () => {
    const r = await run(['chooseChat.success', '**/*.json', '--json', '--follow-symlinks'], tree);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file).sort();
    expect(files).toEqual(['escape/deep/secret.json', 'escape/lone.json', 'link.json', 'mine.json']);
  });
});

describe('validate: error messages quote no file content', () => {
  it("a file that is not JSON (e.g. /etc/passwd's shape): the position, never the file's first characters", async () => {
    const dir = path.join(root, 'content');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'passwd.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    fs.writeFileSync(path.join(dir, 'tail.json'), '{"a": 1} SECRETTAIL');
    const r = await run(['chooseChat.success', 'passwd.json', 'tail.json'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('passwd.json: invalid JSON at line 1, column 1');
    expect(r.stderr).toContain('tail.json: invalid JSON at line 1, column 10');
    expect(r.stderr).not.toMatch(/root:x|:0:0|SECRET|"r"|'r'/);
  });
});

describe('validate: a FIFO named explicitly', () => {
  it('is refused as not a regular file, with no wait for a writer (the built CLI, in a child process)', () => {
    const fifo = path.join(root, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    // Generous: only a hang (the bug) would come near it.
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli/main.js'), 'validate', 'chooseChat.success', fifo], { encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBe(null);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pipe.json: not a regular file (a FIFO (named pipe))');
  }, 90_000);
});
