// Issue 22 item 1: the published bundle (generated/openapi.json) is read by tools we did not write
// exactly as we read it. The bundle used to keep `$id` on the schema files Redocly hoisted into
// components while their inner $refs said `#/components/…`; under OpenAPI 3.1 those refs resolve
// against the `$id` and point nowhere, so Prism's validating proxy forwarded malformed createMessage
// bodies, Spectral and the project's own Redocly rules reported errors, and `$defs` copies lay dead.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockFeishu, demoApp } from '../src/mock/index.js';
import { operations } from '../generated/operations.js';
import { openapi, repoRoot } from './helpers/contract.js';
import { bundleFile, startPrismProxy } from './helpers/prism.js';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** Every node of the bundle with its JSON pointer. */
function* nodes(node: unknown, where = '#'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) yield* nodes(n, `${where}/${i}`);
  else if (node && typeof node === 'object') {
    yield [where, node as Record<string, unknown>];
    for (const [k, v] of Object.entries(node)) yield* nodes(v, `${where}/${k}`);
  }
}

describe('the bundle resolves the same under OpenAPI 3.1 rules in any tool', () => {
  it('keeps no $id (which would re-base the $refs below it) and no dead $defs copies on hoisted schema files', () => {
    const withId = [...nodes(openapi)].filter(([, n]) => '$id' in n).map(([w]) => w);
    const withDefs = [...nodes(openapi.components.schemas)].filter(([, n]) => '$defs' in n).map(([w]) => w);
    expect(withId).toEqual([]);
    expect(withDefs).toEqual([]);
    // The hoisted files still say which file they are (an annotation that re-bases nothing).
    expect(openapi.components.schemas.post['x-json-schema-id']).toBe('https://feishu-chat-contract.dev/schemas/message/post.json');
  });

  it('has only local $refs, each resolving inside the bundle', () => {
    const refs = [...nodes(openapi)].filter(([, n]) => typeof n.$ref === 'string').map(([w, n]) => [w, n.$ref as string] as const);
    expect(refs.length).toBeGreaterThan(50);
    const resolveLocal = (ref: string) =>
      ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).reduce<any>((n, k) => n?.[k], openapi);
    expect(refs.filter(([, ref]) => !ref.startsWith('#/') || resolveLocal(ref) === undefined)).toEqual([]);
  });

  it("passes the project's own Redocly rules (redocly.yaml) as a file, not only spec/", async () => {
    const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
    const { stdout, stderr } = await run(process.execPath, [cli, 'lint', bundleFile, '--format=stylish'], {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((e) => ({ stdout: `${e.stdout}\nexit ${e.code}`, stderr: e.stderr as string }));
    expect(`${stdout}\n${stderr}`).toContain('Your API description is valid');
    expect(stdout).not.toMatch(/exit \d/);
  }, 120_000);

  it('Spectral spectral:oas reports no errors', async () => {
    const { Spectral, Document } = require('@stoplight/spectral-core');
    const Parsers = require('@stoplight/spectral-parsers');
    const { oas } = require('@stoplight/spectral-rulesets');
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas, 'all']] });
    const text = JSON.stringify(openapi);
    const results: { code: string; severity: number; path: string[]; message: string }[] = await spectral.run(new Document(text, Parsers.Json, bundleFile));
    // Spectral checks every media example against its schema (oas3-valid-media-example): the refs must resolve.
    expect(results.filter((r) => r.severity === 0).map((r) => `${r.code} ${r.path.join('/')}: ${r.message}`)).toEqual([]);
  }, 120_000);

  it('swagger-parser bundle(), validate() and dereference() succeed', async () => {
    const SwaggerParser = (await import('@apidevtools/swagger-parser')).default;
    const bundled: any = await SwaggerParser.bundle(bundleFile);
    expect(Object.keys(bundled.paths)).toEqual(Object.keys(openapi.paths));
    await expect(SwaggerParser.validate(bundleFile)).resolves.toBeTruthy();
    const deref: any = await SwaggerParser.dereference(structuredClone(openapi));
    // The post node union is reachable through the createMessage body's content schema, dereferenced.
    expect(deref.components.schemas.PostParagraph.items).toBe(deref.components.schemas.PostNode);
  }, 120_000);
});

describe('Prism as a validating proxy in front of the mock (loopback)', () => {
  let prism: Awaited<ReturnType<typeof startPrismProxy>> | undefined;
  let mockServer: { url: string; close: () => Promise<void> };
  let proxyUrl = '';
  let token = '';
  const seenByMock: string[] = [];

  beforeAll(async () => {
    const mock = createMockFeishu();
    // Count what reaches the mock, so "refused" means the proxy kept it from the upstream.
    const { serveFetchHandler } = await import('../src/mock/http.js');
    mockServer = await serveFetchHandler(async (request) => {
      seenByMock.push(`${request.method} ${new URL(request.url).pathname}`);
      return mock.fetch(request);
    }, 0);
    prism = await startPrismProxy(mockServer.url);
    proxyUrl = prism.url;
    const tokenOp = operations.getTenantAccessToken;
    const answer = await fetch(mockServer.url + tokenOp.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
    token = ((await answer.json()) as { tenant_access_token: string }).tenant_access_token;
  }, 120_000);

  afterAll(async () => {
    await prism?.stop();
    await mockServer?.close();
  });

  const send = async (body: string) => {
    const op = operations.createMessage;
    const r = await fetch(`${proxyUrl}${op.path}?receive_id_type=chat_id`, {
      method: op.method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    return { status: r.status, body: (await r.json()) as any };
  };

  for (const body of ['{}', '{"nonsense":true}', '{"receive_id":1,"msg_type":"bogus","content":5}']) {
    it(`refuses the malformed createMessage body ${body} itself (422 from Prism, never forwarded)`, async () => {
      const before = seenByMock.length;
      const answer = await send(body);
      expect(answer.status).toBe(422);
      expect(answer.body.type).toContain('prism/errors#UNPROCESSABLE_ENTITY');
      expect(answer.body.validation.some((v: { location: string[] }) => v.location[0] === 'body')).toBe(true);
      expect(seenByMock.slice(before)).toEqual([]);
    });
  }

  it('forwards a well-formed body to the mock (the proxy checks, it does not refuse everything)', async () => {
    const before = seenByMock.length;
    const answer = await send(JSON.stringify({ receive_id: 'oc_unknown_chat', msg_type: 'text', content: JSON.stringify({ text: 'hi' }) }));
    expect(seenByMock.slice(before)).toEqual(['POST /open-apis/im/v1/messages']);
    expect(typeof answer.body.code).toBe('number'); // the mock's envelope, not Prism's problem document
  });
});
