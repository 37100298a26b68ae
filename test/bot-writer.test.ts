// Issue 22 item 7: what a bot writer reaches for — the message and card types from the package root,
// an API error that says which field was wrong, a root entry that bundles for browsers and edge
// runtimes, a LICENSE and the package metadata, and no devDependency that needs a newer Node.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError } from '../src/index.js';
import type { Chat, ChatMember, MsgType, OutgoingMessage, PostContent, TextContent, CardV1, CardV2, InteractiveContent } from '../src/index.js';
import { repoRoot } from './helpers/contract.js';
import { scriptedServer, sendJson } from './helpers/loopback.js';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('the root exports the message, member, chat and card types', () => {
  it('types a text, a post and a card message for client.messages.send (compiled by npm run typecheck)', () => {
    const text: TextContent = { text: 'hello' };
    const post: PostContent = { zh_cn: { content: [[{ tag: 'text', text: 'done' }, { tag: 'a', text: 'docs', href: 'https://open.feishu.cn' }]] } };
    const v2: CardV2 = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: '**hi**' }] } };
    const v1: CardV1 = { elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'hi' } }] };
    const card: InteractiveContent = v2;
    const messages: OutgoingMessage[] = [
      { receiveIdType: 'chat_id', receiveId: 'oc_x', msgType: 'text', content: text },
      { receiveIdType: 'chat_id', receiveId: 'oc_x', msgType: 'post', content: post },
      { receiveIdType: 'chat_id', receiveId: 'oc_x', msgType: 'interactive', content: card },
    ];
    const kinds: MsgType[] = messages.map((m) => m.msgType);
    const member: ChatMember = { member_id: 'ou_x', member_id_type: 'open_id', name: 'A' };
    const chat: Chat = { chat_id: 'oc_x', name: 'Team' };
    expect([kinds, member.member_id, chat.chat_id, v1.elements?.length]).toEqual([['text', 'post', 'interactive'], 'ou_x', 'oc_x', 1]);
  });
});

describe('FeishuApiError names the fields the server rejected', () => {
  const servers: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it("puts each field_violations entry's field and description in the message, and keeps them all on the error", async () => {
    const violations = Array.from({ length: 12 }, (_, i) => ({ field: `field_${i}`, description: `field_${i} is wrong in way ${i}` }));
    const server = await scriptedServer((_req, res) => sendJson(res, 400, { code: 232001, msg: 'Your request contains an invalid request parameter.', error: { log_id: 'LOG1', field_violations: violations } }));
    servers.push(server);
    const client = createFeishuClient({ baseUrl: server.url, auth: { accessToken: 't-static-token-for-this-test' }, retry: false });
    const error = await client.request('getChat', { path: { chat_id: 'oc_x' } }).then(() => undefined, (e) => e);
    expect(error).toBeInstanceOf(FeishuApiError);
    expect(error.code).toBe(232001);
    expect(error.message).toContain('field_0 (field_0 is wrong in way 0)');
    expect(error.message).toContain('field_9 (field_9 is wrong in way 9)');
    expect(error.message).toContain('and 2 more');
    expect(error.message).not.toContain('field_10 (');
    expect(error.fieldViolations).toEqual(violations);
  });

  it("against the mock: a send the server refuses says which field (the mock's field_violations)", async () => {
    const { createMockFeishu, demoApp } = await import('../src/mock/index.js');
    const mock = createMockFeishu();
    const server = await mock.listen(0);
    servers.push(server);
    const client = createFeishuClient({ baseUrl: server.url, auth: demoApp });
    // The client checks inputs itself; the raw typed client sends what it is given, so the mock judges it.
    const { error } = await client.api.POST('/open-apis/im/v1/messages', { params: { query: { receive_id_type: 'chat_id' } }, body: { receive_id: 'oc_x', msg_type: 'text', content: 'not json' } as never });
    expect(error).toMatchObject({ code: 230001 });
    const fields = (error as { error: { field_violations: { field: string; description: string }[] } }).error.field_violations;
    const thrown = new FeishuApiError({ code: 230001, msg: 'bad', httpStatus: 400, fieldViolations: fields, body: error });
    expect(fields.length).toBeGreaterThan(0);
    for (const { field, description } of fields) expect(thrown.message).toContain(`${field} (${description})`);
  });
});

describe('the root entry bundles for browsers and edge runtimes', () => {
  it('esbuild bundles src/index.ts for platform=browser with no node: import left (recordTo reaches node:fs at run time)', async () => {
    const result = await esbuild.build({ entryPoints: [path.join(repoRoot, 'src/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bimport\s*\(\s*["']node:/);
    expect(code).not.toMatch(/\bfrom\s*["']node:/);
    expect(code).toContain('recordTo');
  });
});

describe('package metadata', () => {
  it('ships an MIT LICENSE and says where the repository, homepage and issues are', () => {
    expect(fs.readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/\/issues$/);
  });

  it('needs no newer Node than it supports: every locked package accepts the engines floor (no EBADENGINE on Node 20)', () => {
    const semver = require('semver');
    const floor = semver.minVersion(pkg.engines.node).version;
    const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
    const refusing = Object.entries<any>(lock.packages)
      .filter(([name, entry]) => name && typeof entry.engines?.node === 'string' && !semver.satisfies(floor, entry.engines.node))
      .map(([name, entry]) => `${name} needs node ${entry.engines.node}`);
    expect(floor).toBe('20.19.0');
    expect(refusing).toEqual([]);
  });
});
