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
  out.recorded = fs.readdirSync(recordDir).map((f) => JSON.parse(fs.readFileSync(path.join(recordDir, f), 'utf8'))).map((r) => ({ operationId: r.operationId, schemaId: r.schemaId, status: r.status }));
} finally {
  await server.close();
  fs.rmSync(recordDir, { recursive: true, force: true });
}
console.log(JSON.stringify(out));
