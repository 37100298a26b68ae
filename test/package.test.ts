// Pack-and-install: the tarball npm would publish, installed into a fresh project outside the
// repo, used the way a consumer would — ESM import of every entry, CommonJS require, a strict tsc
// under nodenext and bundler resolution, and the CLI. Catches what in-repo tests cannot: a file
// missing from `files`, an export without types, a dependency that is only a devDependency.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-consumer-'));
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
const run = (cmd: string, args: string[], options: { cwd?: string } = {}) => spawnSync(cmd, args, { cwd: options.cwd ?? work, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

let tarball = '';
beforeAll(() => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8' }));
  tarball = path.join(work, packed[0].filename);
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: work, encoding: 'utf8' });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(work, name), text);
  // vitest is an optional peer: a consumer of the matchers has it installed. The repository's copy is
  // linked in (its own dependencies resolve from its real path) rather than installed from the registry.
  fs.symlinkSync(path.join(repoRoot, 'node_modules/vitest'), path.join(work, 'node_modules/vitest'), 'dir');
  // The README's client examples read process.env, as a Node consumer's code does (with @types/node).
  // (protobufjs, a dependency of ./longconn, installs an @types/node of its own: the repository's replaces it.)
  fs.mkdirSync(path.join(work, 'node_modules/@types'), { recursive: true });
  fs.rmSync(path.join(work, 'node_modules/@types/node'), { recursive: true, force: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules/@types/node'), path.join(work, 'node_modules/@types/node'), 'dir');
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
  // Issue 13.5: the matcher setup exactly as the README documents it, type-checked strictly.
  'vitest.config.ts': `
    import { defineConfig } from 'vitest/config';
    export default defineConfig({ test: { setupFiles: ['./vitest.setup.ts'] } });
  `,
  'vitest.setup.ts': `import 'feishu-chat-contract/vitest/setup';\n`,
  'matchers.test.ts': `
    import { expect, it } from 'vitest';
    it('answers match the contract', async () => {
      expect({ errMsg: 'chooseChat:ok', data: [] }).toMatchSchema('chooseChat.success');
      expect({ code: 0, msg: 'success', data: { items: [], has_more: false } }).toMatchOperation('listChats', 200);
      expect({ page_size: 500 }).not.toMatchSchema('listChats.query');
      expect(() =>
        // @ts-expect-error an unknown schema id is a type error
        expect({}).toMatchSchema('listChats.respons'),
      ).toThrow(/unknown schema id/);
    });
  `,
  'tsconfig.vitest.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: true }, include: ['vitest.config.ts', 'vitest.setup.ts', 'matchers.test.ts'] }),
  'valid.json': JSON.stringify({ page_size: 20, sort_type: 'ByCreateTimeAsc' }),
  'invalid.json': JSON.stringify({ page_size: 500 }),
};

describe('the packed tarball, installed into a fresh project', () => {
  it('holds what consumers need and nothing else', () => {
    const listed = fs.readdirSync(path.join(work, 'node_modules/feishu-chat-contract')).sort();
    expect(listed).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'SECURITY.md', 'dist', 'generated', 'package.json', 'schemas', 'spec']);
    expect(fs.existsSync(path.join(work, 'node_modules/feishu-chat-contract/test'))).toBe(false);
    expect(fs.existsSync(path.join(work, 'node_modules/feishu-chat-contract/src'))).toBe(false);
  });

  it('passes publint (strict) and attw (ESM-only profile) on this same tarball (npm run check:package)', () => {
    // `npm test` runs the package checks here, on the tarball packed once above, rather than as a
    // step that packs (and, through attw's own `npm pack`, builds) the package again.
    const out = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/check-package.js'), '--tarball', tarball], { cwd: repoRoot, encoding: 'utf8' });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    // Both tools ran (each exits non-zero on a problem). CI sets FORCE_COLOR, so the tools' banners
    // carry ANSI styling ("Running \x1b[1mpublint …"): match the text, not the escapes.
    const stdout = stripVTControlCharacters(out.stdout);
    expect(stdout).toMatch(/Running publint/);
    expect(stdout).toMatch(/@arethetypeswrong\/cli/);
  }, 180_000);

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
  }, 180_000);

  it('type-checks the vitest matchers with the README setup (setupFiles only; issue 13.5)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    // The README shows this very setup; the test breaks if either side changes alone.
    expect(readme).toContain("setupFiles: ['./vitest.setup.ts']");
    expect(readme).toContain("import 'feishu-chat-contract/vitest/setup';");
    const out = run('node', [tsc, '-p', 'tsconfig.vitest.json']);
    expect(out.stdout + out.stderr).toBe('');
    expect(out.status).toBe(0);
    const vitest = run('node', [path.join(work, 'node_modules/vitest/vitest.mjs'), 'run', 'matchers.test.ts']);
    expect(vitest.stdout + vitest.stderr).toMatch(/1 passed/);
  }, 180_000);

  it('ships no source maps (it ships no src/ for them to point at; issue 13.7)', () => {
    const installed = path.join(work, 'node_modules/feishu-chat-contract');
    const files = (fs.readdirSync(installed, { recursive: true }) as string[]).filter((f) => !f.startsWith('node_modules'));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const mapped = files.filter((f) => /\.(m?js|d\.ts)$/.test(f) && fs.readFileSync(path.join(installed, f), 'utf8').includes('sourceMappingURL'));
    expect(mapped).toEqual([]);
  });

  it('--version prints the version; the installed mock never tells consumers to run a script they do not have', async () => {
    const bin = path.join(work, 'node_modules/.bin/feishu-chat-contract');
    const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
    expect(run(bin, ['--version']).stdout.trim()).toBe(version);
    const child = spawn(bin, ['mock', '--port', '0'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => (out += d) && out.includes('Press Ctrl-C') && resolve());
        child.stderr.on('data', (d) => (out += d));
        child.once('exit', () => reject(new Error(`mock exited:\n${out}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(out).toMatch(/Mock Feishu listening on http:\/\/127\.0\.0\.1:\d+/);
    const scripts = Object.keys(JSON.parse(fs.readFileSync(path.join(work, 'package.json'), 'utf8')).scripts ?? {});
    for (const [, script] of out.matchAll(/npm (?:run )?([\w:-]+)/g)) expect(scripts, `the banner mentions npm ${script}`).toContain(script);
  });

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

describe('package-lock.json', () => {
  it('is what `npm install` writes: installing on a fresh clone leaves it unchanged (issue 13.7)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-lock-'));
    try {
      for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(repoRoot, f), path.join(dir, f));
      // --package-lock-only: resolve and write the lock as `npm install` would, without node_modules;
      // --offline: the packages are in npm's cache after `npm ci`, and no registry is needed to compare.
      const r = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8')).toBe(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

/**
 * Issue 13.6: every ```ts block of README.md, as a consumer would paste it.
 * - Each block is a file of the consumer project; all are type-checked together, strictly, importing
 *   the package by name from the installed tarball (the vitest blocks see vitest and the setup file).
 * - A block whose first line is `// runs against the mock` is also run (esbuild strips its types) with
 *   Node in that project: it must exit 0, and each `// prints: <text>` comment in it must appear in its
 *   output, in order — so a `catch` or callback the README says fires really does.
 * Blocks without the marker need what a reader supplies (real credentials, a browser `tt`).
 */
describe('README.md examples', () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m, i) => ({ name: `readme-${i + 1}`, code: m[1]! }));
  const runnable = blocks.filter((b) => b.code.startsWith('// runs against the mock\n'));

  it('has examples, some of them runnable', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(runnable.length).toBeGreaterThanOrEqual(4);
  });

  it('every ts block type-checks strictly as a consumer importing the package by name', () => {
    for (const b of blocks) fs.writeFileSync(path.join(work, `${b.name}.ts`), b.code);
    fs.writeFileSync(
      path.join(work, 'tsconfig.readme.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], skipLibCheck: true, noUncheckedIndexedAccess: true }, files: blocks.map((b) => `${b.name}.ts`) }),
    );
    const out = run('node', [tsc, '-p', 'tsconfig.readme.json']);
    // Name the README block of each error: readme-N.ts is the N-th ```ts block.
    expect(out.stdout + out.stderr).toBe('');
    expect(out.status).toBe(0);
  }, 180_000);

  it('every ts block type-checks under the tsconfig `tsc --init` writes (exactOptionalPropertyTypes, verbatimModuleSyntax, …), plus @types/node (issue 22.6)', () => {
    // The defaults come from this TypeScript's own `tsc --init`, not a copy: when TypeScript changes them, so does the check.
    const init = path.join(work, 'init');
    fs.mkdirSync(init, { recursive: true });
    const made = run('node', [tsc, '--init'], { cwd: init });
    expect(made.status, made.stdout + made.stderr).toBe(0);
    for (const b of blocks) fs.writeFileSync(path.join(work, `${b.name}.ts`), b.code);
    // `tsc --init` writes `"types": []`; the README's Node examples need @types/node, as the README says.
    fs.writeFileSync(path.join(work, 'tsconfig.init-readme.json'), JSON.stringify({ extends: './init/tsconfig.json', compilerOptions: { noEmit: true, types: ['node'] }, files: blocks.map((b) => `${b.name}.ts`) }));
    const out = run('node', [tsc, '-p', 'tsconfig.init-readme.json', '--showConfig']);
    expect(JSON.parse(out.stdout).compilerOptions).toMatchObject({ exactOptionalPropertyTypes: true, strict: true });
    const checked = run('node', [tsc, '-p', 'tsconfig.init-readme.json']);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  }, 180_000);

  it.each(runnable.map((b) => [b.name, b] as const))('%s runs against the mock and prints what it says', async (_name, block) => {
    const { transform } = await import('esbuild');
    const js = (await transform(block.code, { loader: 'ts', format: 'esm', target: 'node20' })).code;
    fs.writeFileSync(path.join(work, `${block.name}.mjs`), js);
    const out = run('node', [`${block.name}.mjs`]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const expected = [...block.code.matchAll(/\/\/ prints: (.*)$/gm)].map((m) => m[1]!.trim());
    expect(expected.length, 'a runnable block says what it prints').toBeGreaterThan(0);
    let rest = out.stdout;
    for (const text of expected) {
      const at = rest.indexOf(text);
      expect(at, `prints ${JSON.stringify(text)} (output: ${out.stdout})`).toBeGreaterThanOrEqual(0);
      rest = rest.slice(at + text.length);
    }
  }, 180_000);
});
