// The CLI as a user runs it: the built dist/cli/main.js in a child process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const cli = path.join(repoRoot, 'dist/cli/main.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-cli-'));
const write = (name: string, text: string) => (fs.writeFileSync(path.join(dir, name), text), path.join(dir, name));
const ok = write('ok.json', JSON.stringify({ errMsg: 'chooseChat:ok', data: [] }));
const bad = write('bad.json', JSON.stringify({ errMsg: 'chooseChat:ok', data: [{ id: 'ou_x', chatType: 1 }] }));
const broken = write('broken.json', '{\n  "errMsg": "chooseChat:ok",\n  "data": [,]\n}');
const cliRun = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: dir });

describe('feishu-chat-contract validate', () => {
  it('prints one line per file and exits 0 when all are valid', () => {
    const r = cliRun(['validate', 'chooseChat.success', ok]);
    expect([r.status, r.stdout]).toEqual([0, `ok    ${ok}\n`]);
  });

  it('exits 1 and names the pointer, rule and message when a file is invalid', () => {
    const r = cliRun(['validate', 'chooseChat.success', ok, bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL  ${bad}: /data/0/id [pattern] data[0].id must be an id starting with "oc_"`);
  });

  it('expands quoted globs itself, and reads stdin from "-"', () => {
    const r = cliRun(['validate', 'chooseChat.success', '*.json'.replace('*', 'o*')]);
    expect(r.stdout.trim()).toBe('ok    ok.json');
    const s = cliRun(['validate', 'chooseChat.success', '-'], JSON.stringify({ errMsg: 'chooseChat:ok' }));
    expect(s.status).toBe(1);
    expect(s.stdout).toContain('FAIL  -: /data [required] data is required');
  });

  it('--json prints machine-readable reports', () => {
    const r = cliRun(['validate', 'chooseChat.success', ok, bad, '--json']);
    const reports = JSON.parse(r.stdout);
    expect(reports).toEqual([
      { file: ok, valid: true },
      { file: bad, valid: false, errors: [{ path: '/data/0/id', keyword: 'pattern', message: 'data[0].id must be an id starting with "oc_"' }] },
    ]);
  });

  it.each([
    ['an unknown schema id lists the known ones', ['validate', 'chooseChat.sucess', ok], /Unknown schema id "chooseChat.sucess"[\s\S]*chooseChat\.success/],
    ['a missing file says which', ['validate', 'chooseChat.success', path.join(dir, 'nope.json')], /nope\.json: cannot read the file \(ENOENT\)/],
    ['invalid JSON says where', ['validate', 'chooseChat.success', broken], /broken\.json: invalid JSON at line 3, column 12/],
    ['a glob matching nothing says so', ['validate', 'chooseChat.success', 'zz*.json'], /zz\*\.json: no file matches this pattern/],
    ['no file at all shows the usage', ['validate', 'chooseChat.success'], /needs a schema id and at least one file[\s\S]*Usage:/],
    ['an unknown option', ['validate', '--strict', 'chooseChat.success', ok], /Unknown option --strict/],
    ['an unknown command', ['valdate'], /Unknown command "valdate"/],
  ])('exits 2 on usage errors: %s', (_name, args, pattern) => {
    const r = cliRun(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(pattern as RegExp);
  });

  it('--help documents every command', () => {
    const r = cliRun(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['validate <schemaId>', 'mock [--port N]', 'Exit status: 0 all valid, 1 some invalid, 2 usage error']) expect(r.stdout).toContain(command);
  });
});

describe('feishu-chat-contract --version and mock usage errors (issue 13.7)', () => {
  it('--version prints the package version', () => {
    const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
    const r = cliRun(['--version']);
    expect([r.status, r.stdout.trim()]).toEqual([0, version]);
  });

  it('a bad PORT names the PORT environment variable, a bad --port names the flag', () => {
    const env = spawnSync(process.execPath, [cli, 'mock'], { encoding: 'utf8', cwd: dir, env: { ...process.env, PORT: 'xyz' } });
    expect(env.status).toBe(2);
    expect(env.stderr).toMatch(/^PORT \(environment variable\) must be an integer from 0 to 65535, got "xyz"/);
    const flag = cliRun(['mock', '--port', '70000']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^--port must be an integer from 0 to 65535, got "70000"/);
  });
});
