// Pack-and-install: the tarball npm would publish, installed into a fresh project outside the
// repo, used the way a consumer would — ESM import of every entry, CommonJS require, a strict tsc
// under nodenext and bundler resolution, and the CLI. Catches what in-repo tests cannot: a file
// missing from `files`, an export without types, a dependency that is only a devDependency.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-consumer-'));
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

beforeAll(() => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8' }));
  const tarball = path.join(work, packed[0].filename);
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: work, encoding: 'utf8' });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(work, name), text);
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const files: Record<string, string> = {
  'esm.mjs': `
    import * as root from 'feishu-chat-contract';
    import * as validators from 'feishu-chat-contract/validators';
    import * as mock from 'feishu-chat-contract/mock';
    import * as jsapi from 'feishu-chat-contract/jsapi';
    import * as matchers from 'feishu-chat-contract/vitest';
    import openapi from 'feishu-chat-contract/openapi.json' with { type: 'json' };
    import schema from 'feishu-chat-contract/schemas/jsapi/chooseChat.input.json' with { type: 'json' };
    import pkg from 'feishu-chat-contract/package.json' with { type: 'json' };
    console.log(JSON.stringify({
      client: typeof root.createFeishuClient, validate: typeof validators.validate, mock: typeof mock.createMockFeishu,
      fakeTt: typeof mock.createFakeTt, jsapi: typeof jsapi.sendMessageCard, matchers: typeof matchers.contractMatchers.toMatchSchema,
      openapi: openapi.openapi, schema: schema.$id, name: pkg.name,
    }));`,
  'cjs.cjs': `
    const { createFeishuClient } = require('feishu-chat-contract');
    const { validate } = require('feishu-chat-contract/validators');
    const { chooseChat } = require('feishu-chat-contract/jsapi');
    const openapi = require('feishu-chat-contract/openapi.json');
    const schema = require('feishu-chat-contract/schemas/jsapi/sendMessageCard.input.json');
    console.log(JSON.stringify({ client: typeof createFeishuClient, jsapi: typeof chooseChat, openapi: openapi.openapi, schema: schema.title,
      message: validate('listChats.query', { page_size: 500 }).errors[0].message }));`,
  'consumer.ts': `
    import { createFeishuClient, FeishuApiError, type Chat } from 'feishu-chat-contract';
    import { validate, isValid } from 'feishu-chat-contract/validators';
    import { sendMessageCard, JsapiError, type SendMessageCardParams } from 'feishu-chat-contract/jsapi';
    import { createFakeTt } from 'feishu-chat-contract/mock';

    export async function names(appId: string, appSecret: string): Promise<string[]> {
      const client = createFeishuClient({ auth: { appId, appSecret }, retry: { retries: 2 } });
      const out: string[] = [];
      try {
        for await (const chat of client.chats.listAll({ page_size: 100, sort_type: 'ByActiveTimeDesc' })) {
          const c: Chat = chat;
          out.push(c.name ?? '');
        }
      } catch (error) {
        if (error instanceof FeishuApiError) console.log(error.code, error.logId);
      }
      return out;
    }
    const payload: unknown = { page_size: 20 };
    if (isValid('listChats.query', payload)) { const size: number | undefined = payload.page_size; void size; }
    const r = validate('chooseChat.success', {});
    if (!r.valid) console.log(r.errors[0]?.path);
    const params: SendMessageCardParams = { openChatIDs: ['oc_1'], cardContent: { msg_type: 'interactive', card: {} } };
    export const sent = sendMessageCard(params, { tt: createFakeTt() }).then((res) => res.sendCardInfo?.[0]?.openMessageId).catch((e: unknown) => e instanceof JsapiError ? e.errCode : undefined);
    // @ts-expect-error a misspelt key is a type error, not only a run-time one
    export const wrong: SendMessageCardParams = { openChatIds: ['oc_1'], cardContent: { msg_type: 'interactive', card: {} } };
  `,
  'tsconfig.nodenext.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false, noUncheckedIndexedAccess: true }, files: ['consumer.ts'] }),
  'tsconfig.node16.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false }, files: ['consumer.ts'] }),
  'tsconfig.bundler.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false }, files: ['consumer.ts'] }),
  'valid.json': JSON.stringify({ page_size: 20, sort_type: 'ByCreateTimeAsc' }),
  'invalid.json': JSON.stringify({ page_size: 500 }),
};

describe('the packed tarball, installed into a fresh project', () => {
  it('holds what consumers need and nothing else', () => {
    const listed = fs.readdirSync(path.join(work, 'node_modules/feishu-chat-contract')).sort();
    expect(listed).toEqual(['CHANGELOG.md', 'README.md', 'SECURITY.md', 'dist', 'generated', 'package.json', 'schemas', 'spec']);
    expect(fs.existsSync(path.join(work, 'node_modules/feishu-chat-contract/test'))).toBe(false);
    expect(fs.existsSync(path.join(work, 'node_modules/feishu-chat-contract/src'))).toBe(false);
  });

  it('imports every entry as ESM', () => {
    const out = run('node', ['esm.mjs']);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({
      client: 'function', validate: 'function', mock: 'function', fakeTt: 'function', jsapi: 'function', matchers: 'function',
      openapi: '3.1.0', schema: 'https://feishu-chat-contract.dev/schemas/jsapi/chooseChat.input.json', name: 'feishu-chat-contract',
    });
  });

  it('require()s the entries from CommonJS (Node >= 20.19 loads ESM with require)', () => {
    const out = run('node', ['cjs.cjs']);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ client: 'function', jsapi: 'function', openapi: '3.1.0', schema: 'SendMessageCardInput', message: 'page_size must be at most 100' });
  });

  it.each(['nodenext', 'node16', 'bundler'])('type-checks a consumer strictly under moduleResolution %s', (mode) => {
    const out = run('node', [tsc, '-p', `tsconfig.${mode}.json`]);
    expect(out.stdout + out.stderr).toBe('');
    expect(out.status).toBe(0);
  }, 60_000);

  it('runs the CLI: 0 on a valid file, 1 on an invalid one naming the field, 2 on an unknown schema id', () => {
    const bin = path.join(work, 'node_modules/.bin/feishu-chat-contract');
    const ok = run(bin, ['validate', 'listChats.query', 'valid.json']);
    expect([ok.status, ok.stdout.trim()]).toEqual([0, 'ok    valid.json']);
    const bad = run(bin, ['validate', 'listChats.query', 'invalid.json']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('/page_size [maximum] page_size must be at most 100');
    const unknown = run(bin, ['validate', 'listChat.query', 'valid.json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('listChats.query');
    const help = run(bin, ['--help']);
    expect(help.stdout).toMatch(/validate <schemaId>[\s\S]*mock \[--port N\]/);
  });
});
