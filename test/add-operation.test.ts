// Issue 14's acceptance: adding an operation costs YAML. A temporary copy of the repository gets the
// throwaway operation listChatPins (test/add-operation/*.yaml: a path file, its response schema and
// its $ref in spec/openapi.yaml); then `npm run generate` and the build, and nothing under src/ is
// edited. The copy's client calls it (request and paginate, inputs checked), its mock serves it from
// the spec's example with auth and input checks, recordTo records it and toMatchOperation matches it.
// Two more operations share schemas with an existing one (issue 22 item 2: generation used to fail
// with `The symbol "validate23" has already been declared`): listChatsCopy is spec/paths/chats.yaml
// copied with only its operationId changed, so it shares every schema of listChats (its query
// parameters, response and item); listPinnedChats shares only some (listChats' item schema ListChat
// and the page parameters, with its own query parameter and success envelope).
// uploadSticker (issue 24) is uploadImage's path file under a new path and operationId, its error codes
// named rather than redefined: a multipart/form-data body needs no edit under src/ either.
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
  // listChats' own operation (the path file also holds createChat's POST, which the copy leaves out).
  const listChatsPath = fs.readFileSync(path.join(repoRoot, 'spec/paths/chats.yaml'), 'utf8').split(/^post:$/m)[0]!;
  expect(listChatsPath).toContain('operationId: listChats\n');
  fs.writeFileSync(path.join(work, 'spec/paths/chats_copy.yaml'), listChatsPath.replace('operationId: listChats\n', 'operationId: listChatsCopy\n'));
  // A multipart/form-data body (issue 24): uploadImage's path file under a new path and operationId.
  const uploadImagePath = fs.readFileSync(path.join(repoRoot, 'spec/paths/im_images.yaml'), 'utf8');
  expect(uploadImagePath).toContain('operationId: uploadImage\n');
  expect(uploadImagePath).toContain('multipart/form-data:');
  // An error code is defined once in the contract: the copy names uploadImage's codes instead of redefining them.
  const namedCodes = uploadImagePath
    .replace(/^(\s+)- \{ name: (\w+),.*\}$/gm, '$1- $2')
    .replace(/^(\s+)- name: (\w+)\n(?:\1 {2}\S.*\n)+/gm, '$1- $2\n');
  fs.writeFileSync(path.join(work, 'spec/paths/stickers.yaml'), namedCodes.replace('operationId: uploadImage\n', 'operationId: uploadSticker\n'));
  fs.copyFileSync(path.join(here, 'listPinnedChats.path.yaml'), path.join(work, 'spec/paths/pinned_chats.yaml'));
  fs.copyFileSync(path.join(here, 'ListPinnedChatsResponse.yaml'), path.join(work, 'spec/components/schemas/ListPinnedChatsResponse.yaml'));
  const root = path.join(work, 'spec/openapi.yaml');
  const text = fs.readFileSync(root, 'utf8');
  expect(text).toContain('\npaths:\n');
  const added = [
    '  /open-apis/im/v1/chats/{chat_id}/pins:\n    $ref: paths/chat_pins.yaml\n',
    '  /open-apis/im/v1/chats_copy:\n    $ref: paths/chats_copy.yaml\n',
    '  /open-apis/im/v1/pinned_chats:\n    $ref: paths/pinned_chats.yaml\n',
    '  /open-apis/im/v1/stickers:\n    $ref: paths/stickers.yaml\n',
  ];
  fs.writeFileSync(root, text.replace('\npaths:\n', `\npaths:\n${added.join('')}`));

  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
  run(['node_modules/@redocly/cli/bin/cli.js', 'lint']); // the conventions accept it as written
  run(['scripts/generate.js']);
  run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  // The shared schemas type-check through the public types: the copy's response is listChats' type.
  fs.writeFileSync(
    path.join(work, 'src/shared-types.check.ts'),
    [
      "import type { SchemaTypes } from './index.js';",
      "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
      "export const sameResponse: Same<SchemaTypes['listChatsCopy.response'], SchemaTypes['listChats.response']> = true;",
      "export const sameQuery: Same<SchemaTypes['listChatsCopy.query'], SchemaTypes['listChats.query']> = true;",
      "type PinnedItem = SchemaTypes['listPinnedChats.response']['data']['items'][number];",
      "type ListItem = SchemaTypes['listChats.response']['data']['items'][number];",
      "export const sameItem: Same<PinnedItem, ListItem> = true;",
      '',
    ].join('\n'),
  );
  run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
  fs.rmSync(path.join(work, 'src/shared-types.check.ts'));
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

  it('an operation sharing every schema of listChats (a copy of its path file) generates, builds and serves', () => {
    expect(seen.shared.table).toMatchObject({
      method: 'GET',
      path: '/open-apis/im/v1/chats_copy',
      schemas: { query: 'listChatsCopy.query', response: 'listChatsCopy.response' },
      pagination: seen.shared.listChatsPagination,
    });
    expect(seen.shared.portableFiles).toEqual(['listChatsCopy.query.json', 'listChatsCopy.response.json']);
    // The same page is valid for both ids and the same broken page invalid for both, with the same errors.
    expect(seen.shared.validExample).toEqual({ listChats: true, listChatsCopy: true });
    expect(seen.shared.brokenItem.listChatsCopy).toEqual(seen.shared.brokenItem.listChats);
    expect(seen.shared.brokenItem.listChatsCopy.valid).toBe(false);
    expect(seen.shared.brokenItem.listChatsCopy.paths).toContain('/data/items/0/chat_id');
    expect(seen.shared.badQuery.listChatsCopy).toEqual(seen.shared.badQuery.listChats);
    expect(seen.shared.badQuery.listChatsCopy.valid).toBe(false);
    expect(seen.shared.requested.length).toBeGreaterThan(0);
    expect(seen.shared.paginated).toEqual(seen.shared.requested);
  });

  it('an operation sharing only some schemas with listChats (its item and page parameters) generates, builds and serves', () => {
    expect(seen.partial.table).toMatchObject({
      path: '/open-apis/im/v1/pinned_chats',
      schemas: { query: 'listPinnedChats.query', response: 'listPinnedChats.response' },
      pagination: { itemsKey: 'items' },
    });
    expect(seen.partial.requested).toEqual(['oc_pinned_one']);
    expect(seen.partial.brokenItem.valid).toBe(false);
    expect(seen.partial.brokenItem.paths).toContain('/data/items/0/chat_id');
    expect(seen.partial.ownQueryRule).toMatchObject({ valid: false });
    expect(seen.partial.listChatsQueryUnchanged).toEqual({ valid: false }); // listChats has no pinned_by
  });

  it('an operation with a multipart/form-data body (uploadImage copied as uploadSticker) generates, builds, is callable through client.request and is served and validated by the mock (its fields, its size limit, its token, a malformed form)', () => {
    const m = seen.multipart;
    expect(m.table.method).toBe('POST');
    expect(m.table.path).toBe('/open-apis/im/v1/stickers');
    expect(m.table.body.mediaType).toBe('multipart/form-data');
    expect(m.table.body.parts.map((p: any) => p.name)).toEqual(expect.arrayContaining(['image_type', 'image']));
    // Served from the copied path file's example: the client streamed a real form the mock parsed.
    expect(m.requested).toEqual({ image_key: 'img_v2_xxx' });
    expect(m.fromBlob).toEqual({ image_key: 'img_v2_xxx' });
    // The client checks the form against the schema before sending.
    expect(m.emptyInClient).toMatchObject({ name: 'FeishuContractError', operationId: 'uploadSticker' });
    expect(m.emptyInClient.message).toContain('image');
    expect(m.badTypeInClient).toMatchObject({ name: 'FeishuContractError', operationId: 'uploadSticker' });
    expect(m.badTypeInClient.message).toContain('image_type');
    // The mock reads the form with the copied limits and codes, no behaviour written for it.
    expect(m.mock.good).toMatchObject({ status: 200, code: 0 });
    expect(m.mock.missingImageType).toMatchObject({ status: 400, code: 234001 });
    expect(m.mock.missingImageType.fields).toContain('image_type');
    // Without a behaviour of its own, a part over its x-maxBytes is the operation's invalid-parameter
    // error naming the part (uploadImage's behaviour maps it to 234006).
    expect(m.mock.tooLarge).toEqual({ status: 400, code: 234001, fields: ['image'] });
    expect(m.mock.noToken).toMatchObject({ status: 401, code: 234002 });
    expect(m.mock.malformed).toEqual({ status: 400, code: 234001 });
  });

  it('is recorded by recordTo and matched by toMatchOperation', () => {
    expect(seen.recorded.filter((r: any) => r.operationId === 'listChatPins').length).toBeGreaterThanOrEqual(2);
    const schemaIdsOf = (operationId: string) => new Set(seen.recorded.filter((r: any) => r.operationId === operationId).map((r: any) => r.schemaId));
    expect(schemaIdsOf('listChatPins')).toEqual(new Set(['listChatPins.response']));
    // A shared response schema is recorded under the operation's own id, not the other operation's.
    expect(schemaIdsOf('listChatsCopy')).toEqual(new Set(['listChatsCopy.response']));
    expect(schemaIdsOf('listChats')).toEqual(new Set(['listChats.response']));
    expect(seen.matcherAcceptsServed).toBe(true);
    expect(seen.matcherRejectsBroken).toBe(true);
  });
});
