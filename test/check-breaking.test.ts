// npm run check:breaking against a scratch repository: the contract files copied in, released
// (tagged), then edited — the gate must pass with no tag, pass with no change, fail on a breaking
// change, and pass again once the version says "major".
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-breaking-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, env, encoding: 'utf8' });
const check = () => spawnSync(process.execPath, [path.join(repoRoot, 'scripts/check-breaking.js'), '--root', work], { encoding: 'utf8' });
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(work, file), 'utf8'));
const writeJson = (file: string, value: unknown) => fs.writeFileSync(path.join(work, file), JSON.stringify(value, null, 2));
const edit = (file: string, change: (doc: any) => void) => {
  const doc = readJson(file);
  change(doc);
  writeJson(file, doc);
};

beforeAll(() => {
  fs.mkdirSync(path.join(work, 'generated'));
  fs.copyFileSync(path.join(repoRoot, 'generated/openapi.json'), path.join(work, 'generated/openapi.json'));
  fs.cpSync(path.join(repoRoot, 'schemas'), path.join(work, 'schemas'), { recursive: true });
  writeJson('package.json', { name: 'scratch', version: '1.0.0' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'contract');
});

// Each test runs the script in child processes (git and node): time for a machine other work shares.
describe('npm run check:breaking', { timeout: 120_000 }, () => {
  it('passes, saying why, when there is no release tag yet', () => {
    const r = check();
    expect([r.status, r.stdout]).toEqual([0, expect.stringContaining('no release tag (v*) yet')]);
  });

  it('passes when the contract has not changed since the latest tag', () => {
    git('tag', 'v1.0.0');
    const r = check();
    expect([r.status, r.stdout.trim()]).toEqual([0, 'check:breaking: no contract changes since v1.0.0.']);
  });

  it('passes on an additive change, listing it', () => {
    edit('generated/openapi.json', (d) => (d.components.parameters.PageSize.schema.maximum = 200));
    const r = check();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('additive  /components/parameters/PageSize/schema/maximum  maximum 100 → 200 [limit-loosened, request]');
  });

  it('fails on a breaking REST change and says what to do', () => {
    edit('generated/openapi.json', (d) => (d.components.parameters.PageSize.schema.maximum = 50));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('BREAKING  /components/parameters/PageSize/schema/maximum  maximum 100 → 50 [limit-tightened, request]');
    expect(r.stderr).toContain('A breaking change needs a major version');
  });

  it('fails on a breaking JSAPI change written in a shared file (followed through $ref)', () => {
    git('checkout', '-q', '--', 'generated/openapi.json');
    edit('schemas/common/OpenChatId.json', (d) => (d.maxLength = 10));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('BREAKING  https://feishu-chat-contract.dev/schemas/common/OpenChatId.json#/maxLength  maxLength none → 10 [limit-tightened, request]');
  });

  it('passes once package.json makes the release a major one (1.0.0 → 2.0.0)', () => {
    edit('package.json', (d) => (d.version = '2.0.0'));
    const r = check();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Allowed: 2.0.0 is a major release after 1.0.0');
  });

  it('in 0.y.z a minor bump is the major one, a patch is not', () => {
    git('checkout', '-q', '--', 'schemas/common/OpenChatId.json'); // the released file again
    edit('package.json', (d) => (d.version = '0.1.0'));
    git('commit', '-qam', 'release 0.1.0');
    git('tag', 'v0.1.0');
    edit('schemas/common/OpenChatId.json', (d) => (d.maxLength = 10));
    edit('package.json', (d) => (d.version = '0.1.1'));
    expect(check().status).toBe(1);
    edit('package.json', (d) => (d.version = '0.2.0'));
    expect(check().status).toBe(0);
  });

  it('judges the event bodies too: a field dropped from a received event breaks readers, a tighter card answer breaks senders (issue 23)', () => {
    git('checkout', '-q', '--', 'schemas/common/OpenChatId.json', 'package.json'); // v0.1.0 as released
    edit('schemas/events/im.message.recalled_v1.json', (d) => delete d.properties.event.properties.recall_type);
    const removed = check();
    expect(removed.status).toBe(1);
    expect(removed.stdout).toMatch(/BREAKING {2}\/properties\/event\/properties\/recall_type {2}.*\[property-removed, response\]/);
    git('checkout', '-q', '--', 'schemas/events/im.message.recalled_v1.json');
    edit('schemas/events/common/Toast.json', (d) => (d.properties.content.maxLength = 10));
    const tightened = check();
    expect(tightened.status).toBe(1);
    expect(tightened.stdout).toMatch(/BREAKING .*Toast\.json#\/properties\/content\/maxLength .*\[limit-tightened, request\]/);
    git('checkout', '-q', '--', 'schemas/events/common/Toast.json');
    fs.copyFileSync(path.join(repoRoot, 'test/add-event/im.chat.access_event.bot_p2p_chat_entered_v1.json'), path.join(work, 'schemas/events/im.chat.access_event.bot_p2p_chat_entered_v1.json'));
    const added = check();
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('additive  https://feishu-chat-contract.dev/schemas/events/im.chat.access_event.bot_p2p_chat_entered_v1.json  new schemas/events/im.chat.access_event.bot_p2p_chat_entered_v1.json [schema-added, response]');
  });
});
