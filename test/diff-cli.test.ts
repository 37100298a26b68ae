// `feishu-chat-contract diff` as a user runs it: the built dist/cli/main.js in a child process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openapi, repoRoot } from './helpers/contract.js';

const cli = path.join(repoRoot, 'dist/cli/main.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-diff-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'diff', ...args], { encoding: 'utf8', cwd: dir });

const current = path.join(repoRoot, 'generated/openapi.json');
const tighter = structuredClone(openapi);
tighter.components.parameters.PageSize.schema.maximum = 50;
const tighterFile = write('tighter.openapi.json', tighter);
const looser = structuredClone(openapi);
looser.components.parameters.PageSize.schema.maximum = 200;
const looserFile = write('looser.openapi.json', looser);

describe('feishu-chat-contract diff', () => {
  it('exits 0 and says so when nothing changed (the real contract with itself)', () => {
    const r = run(current, current);
    expect([r.status, r.stdout.trim(), r.stderr]).toEqual([0, `No changes to the contract between ${current} and ${current}.`, '']);
  });

  it('exits 1 on a breaking change and prints its pointer, rule and direction', () => {
    const r = run(current, tighterFile);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('BREAKING  /components/parameters/PageSize/schema/maximum  maximum 100 → 50 [limit-tightened, request]');
    expect(r.stdout).toContain('1 breaking, 0 warnings, 0 additive');
  });

  it('exits 0 when every change is additive (the same edit the other way)', () => {
    const r = run(current, looserFile);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('additive  /components/parameters/PageSize/schema/maximum  maximum 100 → 200 [limit-loosened, request]');
  });

  it('--json prints the classified changes', () => {
    const r = run(current, tighterFile, '--json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      old: current,
      new: tighterFile,
      breaking: 1,
      warnings: 0,
      additive: 0,
      changes: [{ severity: 'breaking', rule: 'limit-tightened', direction: 'request', pointer: '/components/parameters/PageSize/schema/maximum', message: 'maximum 100 → 50' }],
    });
  });

  it('compares JSON Schema files, telling the direction from the file name or --direction', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'generated/json-schema/chooseChat.success.json'), 'utf8'));
    const edited = structuredClone(schema);
    edited.required = [];
    const oldFile = write('old.chooseChat.success.json', schema);
    const newFile = write('new.chooseChat.success.json', edited);
    const r = run(oldFile, newFile);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/BREAKING {2}\/properties\/errMsg {2}errMsg is now optional \[property-made-optional, response\]/);
    // Without a telling $id, title or file name it is judged both ways (here: it breaks readers);
    // --direction request reads the same edit as a relaxed input.
    const anonymous = (s: any) => ({ ...s, $id: undefined, title: undefined });
    const unnamed = [write('a.json', anonymous(schema)), write('b.json', anonymous(edited))];
    expect(run(...unnamed).status).toBe(1);
    expect(run(...unnamed, '--direction', 'request').status).toBe(0);
  });

  it('exits 2 on usage errors, naming the file or the problem', () => {
    const missing = path.join(dir, 'missing.json');
    const notJson = write('broken.json', '{ "openapi": ');
    const cases: [string[], RegExp][] = [
      [[current], /diff takes two files \(old and new\), got 1/],
      [[current, current, current], /got 3/],
      [[current, missing], new RegExp(`cannot read ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`)],
      [[notJson, current], /broken\.json is not valid JSON/],
      [[current, write('schema.input.json', { type: 'object' })], /is an OpenAPI document but .*schema\.input\.json is not/],
      [[current, current, '--direction', 'sideways'], /--direction must be "request", "response" or "both"/],
      [[current, current, '--frobnicate'], /Unknown option --frobnicate/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect([r.status, r.stdout], args.join(' ')).toEqual([2, '']);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('has help', () => {
    const r = spawnSync(process.execPath, [cli, 'help', 'diff'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: feishu-chat-contract diff <old> <new>');
  });
});
