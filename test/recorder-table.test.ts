// Issue 14.5: recordTo finds the operation of every call from the table's path templates (not an
// exact path), so that a client behind a gateway prefix, and every operation the table lists, is
// recorded; an error envelope is recorded against the error schema whatever its HTTP status.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, recordTo, type RecordedFixture } from '../src/index.js';
import { operationForRequest, operations } from '../src/client/table.js';
import { validate } from '../src/validators/index.js';
import { contractMatchers, type OperationId } from '../src/vitest/index.js';
import { page, sendJson, serversClosedAfterEach } from './helpers/loopback.js';

const server = serversClosedAfterEach();

describe('recordTo matches operations by the table', () => {
  it('every operation of the table is found from its own path, with parameters filled and behind a prefix', () => {
    for (const op of Object.values(operations)) {
      const filled = op.path.replace(/\{[^{}]+\}/g, 'oc_0123456789abcdef');
      expect(operationForRequest(op.method, filled)?.operationId).toBe(op.operationId);
      expect(operationForRequest(op.method, `/gateway/feishu${filled}`)?.operationId).toBe(op.operationId);
    }
    expect(operationForRequest('GET', '/open-apis/im/v1/chats/search')?.operationId).toBe('searchChats');
    expect(operationForRequest('GET', '/open-apis/im/v1/chatsX')).toBeUndefined();
  });

  it('records calls made through a gateway prefix, and a 200 error envelope against the error schema', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-record-table-'));
    try {
      const s = await server((req, res, hit) => (hit === 1 ? sendJson(res, 200, page([{ chat_id: 'oc_1', name: 'one' }], false)) : sendJson(res, 200, { code: 232001, msg: 'bad param' })));
      const client = createFeishuClient({ baseUrl: `${s.url}/gateway/feishu/`, auth: { accessToken: 't-x' }, middleware: [recordTo(dir)] });
      await client.chats.list();
      await expect(client.chats.search({ query: 'x' })).rejects.toBeInstanceOf(FeishuApiError);
      const files = fs.readdirSync(dir).sort();
      expect(files).toEqual(['errorResponse.recorded-1.json', 'listChats.response.recorded-1.json']);
      for (const f of files) {
        const fixture = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RecordedFixture;
        expect(validate(fixture.schemaId as never, fixture.body)).toEqual({ valid: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('toMatchOperation reads the table (issue 14.5)', () => {
  expect.extend(contractMatchers);
  it('accepts any operationId of the table, and for HTTP 200 the success body or the error envelope', () => {
    for (const operationId of Object.keys(operations)) {
      expect({ code: 99991663, msg: 'Invalid access token for authorization.' }).toMatchOperation(operationId as OperationId, 200);
    }
    expect(page([{ chat_id: 'oc_1' }], false)).toMatchOperation('listChats', 200);
    expect({ status: 200, body: { code: 10003, msg: 'invalid param' } }).toMatchOperation('getTenantAccessToken', 200);
    // Neither: code 0 without the success fields, and an error envelope without msg.
    expect({ code: 0, msg: 'ok' }).not.toMatchOperation('listChats', 200);
    expect({ code: 10003 }).not.toMatchOperation('getTenantAccessToken', 200);
  });
});
