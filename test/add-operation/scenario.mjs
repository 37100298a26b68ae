// Run by test/add-operation.test.ts inside a temporary copy of the repository to which the throwaway
// operation listChatPins was added as YAML only: drives the copy's built package (client, mock,
// recorder, matchers) and prints what it observed as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const load = (rel) => import(pathToFileURL(path.join(root, rel)).href);
const lib = await load('dist/index.js');
const { createMockFeishu, demoApp } = await load('dist/mock/index.js');
const { contractMatchers } = await load('dist/vitest/index.js');
const { validate } = await load('dist/validators/index.js');

const out = { table: lib.operations.listChatPins };
const caught = async (promise) => promise.then(() => undefined, (e) => ({ name: e.name, isFeishuError: e instanceof lib.FeishuError, operationId: e.operationId, message: e.message }));
const mock = createMockFeishu();
const server = await mock.listen(0);
const recordDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-add-op-rec-'));
try {
  const client = lib.createFeishuClient({ baseUrl: server.url, auth: demoApp, middleware: [lib.recordTo(recordDir)] });
  out.request = await client.request('listChatPins', { path: { chat_id: 'oc_pins' }, query: { page_size: 10 } });
  out.paginated = [];
  for await (const item of client.paginate('listChatPins', { path: { chat_id: 'oc_pins' } })) out.paginated.push(item);
  out.missingPathParam = await caught(client.request('listChatPins', { path: {}, query: {} }));
  out.badQueryInClient = await caught(client.request('listChatPins', { path: { chat_id: 'oc_pins' }, query: { page_size: 500 } }));

  // The mock on its own: the same bad query sent raw gets the documented invalid-parameter answer.
  const tokenOp = lib.operations.getTenantAccessToken;
  const token = await (await fetch(server.url + tokenOp.path, { method: tokenOp.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) })).json();
  const auth = { authorization: `Bearer ${token.tenant_access_token}` };
  const bad = await fetch(`${server.url}/open-apis/im/v1/chats/oc_pins/pins?page_size=500`, { headers: auth });
  out.badQueryInMock = { status: bad.status, body: await bad.json() };
  const noAuth = await fetch(`${server.url}/open-apis/im/v1/chats/oc_pins/pins`);
  out.noTokenInMock = { status: noAuth.status, code: (await noAuth.json()).code };
  const good = await fetch(`${server.url}/open-apis/im/v1/chats/oc_pins/pins?page_size=5`, { headers: auth });
  const goodBody = await good.json();
  out.matcherAcceptsServed = (await contractMatchers.toMatchOperation(goodBody, 'listChatPins', 200)).pass;
  out.matcherRejectsBroken = !(await contractMatchers.toMatchOperation({ code: 0, msg: 'success', data: { items: [{ message_id: 5 }], has_more: false } }, 'listChatPins', 200)).pass;

  // Shared schemas: listChatsCopy is listChats' path file under another operationId.
  const verdict = (id, data) => {
    const r = validate(id, data);
    return { valid: r.valid, ...(!r.valid && { paths: r.errors.map((e) => e.path), messages: r.errors.map((e) => e.message) }) };
  };
  const page = await client.request('listChats', { query: { page_size: 5 } });
  const brokenPage = { code: 0, msg: 'success', data: { items: [{ chat_id: 'not-a-chat-id' }], has_more: false } };
  const copyRequested = await client.request('listChatsCopy', { query: { page_size: 5 } });
  const copyPaginated = [];
  for await (const item of client.paginate('listChatsCopy', { query: { page_size: 5 } })) copyPaginated.push(item.chat_id);
  out.shared = {
    table: lib.operations.listChatsCopy,
    listChatsPagination: lib.operations.listChats.pagination,
    portableFiles: fs.readdirSync(path.join(root, 'generated/json-schema')).filter((f) => f.startsWith('listChatsCopy.')).sort(),
    validExample: {
      listChats: validate('listChats.response', { code: 0, msg: 'success', data: page }).valid,
      listChatsCopy: validate('listChatsCopy.response', { code: 0, msg: 'success', data: copyRequested }).valid,
    },
    brokenItem: { listChats: verdict('listChats.response', brokenPage), listChatsCopy: verdict('listChatsCopy.response', brokenPage) },
    badQuery: { listChats: verdict('listChats.query', { page_size: 500 }), listChatsCopy: verdict('listChatsCopy.query', { page_size: 500 }) },
    requested: copyRequested.items.map((c) => c.chat_id),
    paginated: copyPaginated,
  };
  // Shares only some: listChats' item and the page parameters.
  const pinned = await client.request('listPinnedChats', { query: { pinned_by: 'ou_someone', page_size: 5 } });
  out.partial = {
    table: lib.operations.listPinnedChats,
    requested: pinned.items.map((c) => c.chat_id),
    brokenItem: verdict('listPinnedChats.response', brokenPage),
    ownQueryRule: verdict('listPinnedChats.query', { pinned_by: 'x'.repeat(65) }),
    listChatsQueryUnchanged: { valid: validate('listChats.query', { pinned_by: 'ou_someone' }).valid },
  };
  // A multipart/form-data body: uploadSticker is uploadImage's path file under another path and
  // operationId; no behaviour is registered for it, so the mock reads the form generically.
  const png = new Uint8Array(256);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8, 0, 0, 0, 8]);
  const sticker = lib.operations.uploadSticker;
  const rawForm = async (fields, headers = auth) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const res = await fetch(server.url + sticker.path, { method: 'POST', headers, body: form });
    const body = await res.json();
    return { status: res.status, code: body.code, fields: (body.error?.field_violations ?? []).map((v) => v.field) };
  };
  const malformed = await fetch(server.url + sticker.path, { method: 'POST', headers: { ...auth, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nnot a part' });
  out.multipart = {
    table: { method: sticker.method, path: sticker.path, body: sticker.body },
    requested: await client.request('uploadSticker', { body: { image_type: 'message', image: png } }, { fileNames: { image: 'sticker.png' } }),
    fromBlob: await client.request('uploadSticker', { body: { image_type: 'message', image: new Blob([png]) } }),
    emptyInClient: await caught(client.request('uploadSticker', { body: { image_type: 'message', image: new Uint8Array(0) } })),
    badTypeInClient: await caught(client.request('uploadSticker', { body: { image_type: 'poster', image: png } })),
    mock: {
      good: await rawForm({ image_type: 'message', image: new Blob([png], { type: 'image/png' }) }),
      missingImageType: await rawForm({ image: new Blob([png], { type: 'image/png' }) }),
      tooLarge: await rawForm({ image_type: 'message', image: new Blob([png, new Uint8Array(10 * 1024 * 1024)]) }),
      noToken: await rawForm({ image_type: 'message', image: new Blob([png]) }, {}),
      malformed: { status: malformed.status, code: (await malformed.json()).code },
    },
  };
  out.recorded = fs.readdirSync(recordDir).map((f) => JSON.parse(fs.readFileSync(path.join(recordDir, f), 'utf8'))).map((r) => ({ operationId: r.operationId, schemaId: r.schemaId, status: r.status }));
} finally {
  await server.close();
  fs.rmSync(recordDir, { recursive: true, force: true });
}
console.log(JSON.stringify(out));
