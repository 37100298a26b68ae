import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, recordTo, type RecordedFixture } from '../src/index.js';
import { createMockFeishu, demoApp } from '../src/mock/index.js';
import { responseSchemaId, validate } from '../src/validators/index.js';
import { recordEvidence } from './helpers/secrets.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-record-'));
const mock = createMockFeishu();
let server: Awaited<ReturnType<typeof mock.listen>>;
let files: RecordedFixture[] = [];
let raw = '';

beforeAll(async () => {
  server = await mock.listen(0);
  const client = createFeishuClient({ baseUrl: server.url, auth: demoApp, middleware: [recordTo(dir, { redactPersonal: true, secrets: ['Zhang Wei'] })] });
  let n = 0;
  for await (const _ of client.chats.listAll({ page_size: 40 })) n += 1;
  expect(n).toBeGreaterThan(40);
  await client.chats.search({ query: 'design', page_size: 5 });
  await expect(client.chats.list({ page_token: 'forged' })).rejects.toBeInstanceOf(FeishuApiError);
  const names = fs.readdirSync(dir).sort();
  raw = names.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  recordEvidence('recordings', raw);
  files = names.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('recordTo', () => {
  it('writes one file per call, named and tagged with its schema id', () => {
    const names = fs.readdirSync(dir);
    expect(names.filter((f) => f.startsWith('listChats.response.recorded-')).length).toBeGreaterThan(1);
    expect(names).toContain('searchChats.response.recorded-1.json');
    expect(names).toContain('errorResponse.recorded-1.json');
    for (const f of files) expect(responseSchemaId(f.operationId, f.status)).toBe(f.schemaId);
  });

  it('records payloads that still match their schemas after normalization (the replay check)', () => {
    for (const f of files) expect(validate(f.schemaId as never, f.body), `${f.schemaId} ${f.request.path}`).toEqual({ valid: true });
  });

  it('leaves no token, log id, tenant key, real id or personal field in the files', () => {
    const tokens = [...mock.state.tenantTokens.keys()];
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(raw).not.toContain(t);
    expect(raw).not.toContain(demoApp.appSecret);
    expect(raw).not.toContain(mock.state.dataset.tenantKey);
    for (const chat of mock.state.dataset.chats.slice(0, 50)) {
      expect(raw).not.toContain(chat.chatId);
      expect(raw).not.toContain(`"${chat.name}"`);
    }
    expect(raw).not.toMatch(/"x-tt-logid": "(?!RECORDEDLOGID)/);
    expect(raw).not.toContain('Zhang Wei');
  });

  it('maps the same id to the same placeholder, so page tokens chain across files', () => {
    const pages = files.filter((f) => f.operationId === 'listChats' && f.status === 200);
    for (let i = 1; i < pages.length; i++) {
      const previous = (pages[i - 1]!.body as { data: { page_token: string } }).data.page_token;
      expect(pages[i]!.request.query.page_token).toBe(previous);
    }
  });
});
