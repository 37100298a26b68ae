// recordTo's one normalization (issue 21, item 10): a chat id in a path becomes the same placeholder
// as in a body, a token echoed as an object key is replaced, and a 20,000-deep answer is recorded
// truncated with a marker instead of crashing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeishuClient, recordTo, type RecordedFixture } from '../../src/index.js';
import { TRUNCATED } from '../../src/client/record.js';
import { createMockFeishu, demoApp } from '../../src/mock/index.js';
import { sendJson, serversClosedAfterEach } from '../helpers/loopback.js';

const server = serversClosedAfterEach();
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-record-edges-'));
  dirs.push(dir);
  return dir;
};
const read = (dir: string): RecordedFixture[] => fs.readdirSync(dir).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RecordedFixture);

describe('recordTo: one normalization for paths, keys and values', () => {
  it('getChat, listChatMembers and isInChat: the chat id in the path becomes the same placeholder as the same id in the body', async () => {
    const mock = createMockFeishu();
    const s = await mock.listen(0);
    try {
      const dir = tempDir();
      const bot = mock.state.dataset.users.find((u) => u.isBot)!;
      const chat = mock.state.dataset.chats.find((c) => c.mode === 'group' && c.status === 'normal' && c.members.includes(bot.openId))!;
      const client = createFeishuClient({ baseUrl: s.url, auth: demoApp, middleware: [recordTo(dir)] });
      await client.chats.get(chat.chatId);
      await client.chats.members(chat.chatId).list();
      await client.chats.isInChat(chat.chatId);
      // A list puts the same chat id in a body.
      for await (const c of client.chats.listAll({ page_size: 100 })) if (c.chat_id === chat.chatId) break;
      const files = read(dir);
      const raw = JSON.stringify(files);
      expect(raw).not.toContain(chat.chatId);
      const byOp = (id: string) => files.find((f) => f.operationId === id)!;
      const placeholder = byOp('getChat').request.path.split('/').at(-1)!;
      expect(placeholder).toMatch(/^oc_0+[0-9a-f]+$/);
      expect(byOp('listChatMembers').request.path).toContain(`/chats/${placeholder}/members`);
      expect(byOp('isInChat').request.path).toContain(`/chats/${placeholder}/members/is_in_chat`);
      const listed = files.filter((f) => f.operationId === 'listChats').flatMap((f) => (f.body as { data: { items: { chat_id: string }[] } }).data.items.map((i) => i.chat_id));
      expect(listed).toContain(placeholder);
    } finally {
      await s.close();
    }
  });

  it('a token echoed as an object key (and as a value) is replaced in the recording', async () => {
    const token = 't-TOKEN-SECRET-456';
    const s = await server((_req, res) => sendJson(res, 400, { code: 232001, msg: 'bad', error: { [token]: 'seen', nested: { [`Bearer ${token}`]: token } } }));
    const dir = tempDir();
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: token }, middleware: [recordTo(dir)], retry: false });
    await client.chats.list().catch(() => undefined);
    const raw = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(raw).toContain('recorded-token-');
    expect(raw).not.toContain(token);
  });

  it('a 20,000-deep answer is recorded truncated with a marker, and the call is not broken by it', async () => {
    const deep = `{"code":232001,"msg":"bad","error":${'{"x":'.repeat(20_000)}1${'}'.repeat(20_000)}}`;
    const s = await server((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(deep);
    });
    const dir = tempDir();
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, middleware: [recordTo(dir)], retry: false });
    const error = await client.chats.list().then(() => undefined, (e: unknown) => e);
    expect((error as Error).name).toBe('FeishuApiError');
    const [file] = read(dir);
    expect(file!.schemaId).toBe('errorResponse');
    expect(JSON.stringify(file!.body)).toContain(TRUNCATED);
  });
});
