// Issue 14's acceptance: adding an operation costs YAML. A temporary copy of the repository gets the
// throwaway operation listChatPins (test/add-operation/*.yaml: a path file, its response schema and
// its $ref in spec/openapi.yaml); then `npm run generate` and the build, and nothing under src/ is
// edited. The copy's client calls it (request and paginate, inputs checked), its mock serves it from
// the spec's example with auth and input checks, recordTo records it and toMatchOperation matches it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const here = path.join(repoRoot, 'test/add-operation');
let work = '';
let seen: any;

const treeText = (dir: string): string =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
    .map((rel) => `${rel}\n${fs.readFileSync(path.join(dir, rel), 'utf8')}`)
    .join('\n');

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-add-op-'));
  for (const part of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'redocly.yaml', 'spec', 'schemas', 'scripts', 'src', 'generated']) {
    fs.cpSync(path.join(repoRoot, part), path.join(work, part), { recursive: true });
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  // The whole change: YAML.
  fs.copyFileSync(path.join(here, 'listChatPins.path.yaml'), path.join(work, 'spec/paths/chat_pins.yaml'));
  fs.copyFileSync(path.join(here, 'ListChatPinsResponse.yaml'), path.join(work, 'spec/components/schemas/ListChatPinsResponse.yaml'));
  const root = path.join(work, 'spec/openapi.yaml');
  const text = fs.readFileSync(root, 'utf8');
  expect(text).toContain('\npaths:\n');
  fs.writeFileSync(root, text.replace('\npaths:\n', '\npaths:\n  /open-apis/im/v1/chats/{chat_id}/pins:\n    $ref: paths/chat_pins.yaml\n'));

  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
  run(['node_modules/@redocly/cli/bin/cli.js', 'lint']); // the conventions accept it as written
  run(['scripts/generate.js']);
  run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  seen = JSON.parse(run([path.join(here, 'scenario.mjs'), work]));
}, 240_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('adding an operation to spec/ only (issue 14 acceptance)', () => {
  it('left src/ exactly as it is in the repository', () => {
    expect(treeText(path.join(work, 'src'))).toBe(treeText(path.join(repoRoot, 'src')));
  });

  it('lands in the operation table with its path template, schemas, pagination and token types', () => {
    expect(seen.table).toMatchObject({
      method: 'GET',
      path: '/open-apis/im/v1/chats/{chat_id}/pins',
      pathParams: ['chat_id'],
      schemas: { path: 'listChatPins.path', query: 'listChatPins.query', response: 'listChatPins.response' },
      pagination: { itemsKey: 'items' },
      tokenTypes: ['tenant'],
      rateLimit: { perSecond: 10 },
    });
  });

  it('is callable through client.request and client.paginate, served by the mock from its example', () => {
    expect(seen.request.items.map((i: any) => i.message_id)).toEqual(['om_pin_one', 'om_pin_two']);
    expect(seen.paginated.map((i: any) => i.message_id)).toEqual(['om_pin_one', 'om_pin_two']);
  });

  it('checks its inputs in the client before sending: a missing path parameter and a bad query are FeishuContractErrors', () => {
    expect(seen.missingPathParam).toMatchObject({ name: 'FeishuContractError', isFeishuError: true, operationId: 'listChatPins' });
    expect(seen.missingPathParam.message).toContain('chat_id');
    expect(seen.badQueryInClient).toMatchObject({ name: 'FeishuContractError', operationId: 'listChatPins' });
    expect(seen.badQueryInClient.message).toContain('page_size');
  });

  it('is guarded by the mock: a bad query gets the documented invalid-parameter error with HTTP 400, no token gets refused', () => {
    expect(seen.badQueryInMock.status).toBe(400);
    expect(seen.badQueryInMock.body.code).toBe(232001);
    expect(JSON.stringify(seen.badQueryInMock.body)).toContain('page_size');
    expect(seen.noTokenInMock).toEqual({ status: 400, code: 99991661 });
  });

  it('is recorded by recordTo and matched by toMatchOperation', () => {
    expect(seen.recorded.filter((r: any) => r.operationId === 'listChatPins').length).toBeGreaterThanOrEqual(2);
    expect(seen.recorded.every((r: any) => r.schemaId === 'listChatPins.response')).toBe(true);
    expect(seen.matcherAcceptsServed).toBe(true);
    expect(seen.matcherRejectsBroken).toBe(true);
  });
});
