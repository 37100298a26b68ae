// Issue 14.5: recordTo finds the operation of every call from the table's path templates (not an
// exact path), so that a client behind a gateway prefix, and every operation the table lists, is
// recorded; an error envelope is recorded against the error schema whatever its HTTP status.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, recordTo, type RecordedFixture } from '../src/index.js';
import { operationForRequest } from '../src/client/record.js';
import { operations } from '../src/client/table.js';
import { validate } from '../src/validators/index.js';
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
