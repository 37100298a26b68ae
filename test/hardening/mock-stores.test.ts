// The mock's stores are bounded in bytes as well as entries (issue 21, item 3), and its page tokens
// are ones the contract accepts (item 12). The 256 MB run is a child process (mock-big-sends.mjs)
// against the built package, so that its heap cap is its own.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeishuClient } from '../../src/index.js';
import { approxBytes, BoundedStore } from '../../src/mock/bounded-store.js';
import { createMockFeishu, demoApp } from '../../src/mock/index.js';
import { MessageStore, MESSAGE_STORE_LIMITS, type MockMessage } from '../../src/mock/behaviours/message-store.js';
import { RateWindows } from '../../src/mock/rate-limit.js';
import { validate } from '../../src/validators/index.js';
import { repoRoot } from '../helpers/contract.js';

describe('the mock under a 256 MB heap (issue 21, item 3)', () => {
  it('survives 20,000 sends of 60 KB texts with distinct uuids and keeps answering (a list, and the newest uuid still deduplicates)', () => {
    // Generous: the run is about 1.2 GB of request bodies, on a machine other work shares.
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=256', path.join(repoRoot, 'test/hardening/mock-big-sends.mjs')], {
      encoding: 'utf8',
      timeout: 900_000,
      env: { ...process.env, SENDS: '20000' },
    });
    expect(r.signal, r.stderr.slice(-2000)).toBe(null);
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const result = JSON.parse(r.stdout);
    console.log(`mock under 256 MB heap: ${JSON.stringify(result)}`);
    expect(result.byStatus).toEqual({ ok: 20_000 });
    expect(result.listStatus).toBe(200);
    expect(result.listCode).toBe(0);
    expect(result.dedupSameId).toBe(true);
    expect(result.lastKeptIsNewest).toBe(true);
    expect(result.messagesKept).toBeGreaterThan(0);
    expect(result.messagesKept).toBeLessThanOrEqual(MESSAGE_STORE_LIMITS.messages.maxEntries);
  }, 960_000);
});

describe('BoundedStore', () => {
  it('evicts the oldest entries first when the bytes cap would be crossed, whatever the entry count', () => {
    const store = new BoundedStore<string, string>({ maxEntries: 1000, maxBytes: 10_000 }, (_k, v) => v.length);
    for (let i = 0; i < 5; i++) store.set(`k${i}`, 'x'.repeat(3000));
    expect([...store.keys()]).toEqual(['k2', 'k3', 'k4']);
    expect(store.bytes).toBe(9000);
  });

  it('evicts the oldest first when the entry cap would be crossed', () => {
    const store = new BoundedStore<number, number>({ maxEntries: 3, maxBytes: 1e9 });
    for (let i = 0; i < 10; i++) store.set(i, i);
    expect([...store.keys()]).toEqual([7, 8, 9]);
  });

  it('does not store an entry larger than the whole bytes cap (and says so), nor keeps the older value under its key', () => {
    const store = new BoundedStore<string, string>({ maxEntries: 10, maxBytes: 100 }, (_k, v) => v.length);
    store.set('a', 'small');
    expect(store.add('a', 'x'.repeat(101))).toBe(false);
    expect(store.has('a')).toBe(false);
    expect(store.bytes).toBe(0);
  });

  it('replacing a key makes it the newest and keeps the byte count exact; delete and clear give the bytes back', () => {
    const store = new BoundedStore<string, string>({ maxEntries: 10, maxBytes: 100 }, (_k, v) => v.length);
    store.set('a', 'xx').set('b', 'yyy').set('a', 'zzzz');
    expect([...store.keys()]).toEqual(['b', 'a']);
    expect(store.bytes).toBe(7);
    store.delete('b');
    expect(store.bytes).toBe(4);
    store.clear();
    expect(store.bytes).toBe(0);
  });

  it('approxBytes counts a 60 KB string at least at its length, a shared subtree once, and walks a 100,000-deep value without a stack overflow', () => {
    expect(approxBytes('x'.repeat(60_000))).toBeGreaterThanOrEqual(60_000);
    const shared = { text: 'x'.repeat(1000) };
    expect(approxBytes([shared, shared])).toBeLessThan(2 * approxBytes(shared));
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(approxBytes(deep)).toBeGreaterThan(100_000);
  });
});

describe('the stores of the mock, each bounded in bytes', () => {
  const message = (i: number, size: number): MockMessage => ({
    message_id: `om_${i}`, msg_type: 'text', create_time: '0', update_time: '0', deleted: false, updated: false, chat_id: 'oc_x',
    sender: { id: 'cli_x', id_type: 'app_id', sender_type: 'app', tenant_key: 't' },
    body: { content: 'x'.repeat(size) },
  });

  it('message store: 2,000 sends of 60 KB texts with distinct uuids keep both stores within their byte caps; the newest uuid still deduplicates, the oldest is forgotten first', () => {
    const store = new MessageStore();
    for (let i = 0; i < 2000; i++) store.store(message(i, 60 * 1024), 'bot', `u-${i}`, 1000 + i);
    expect(store.bytes.messages).toBeLessThanOrEqual(MESSAGE_STORE_LIMITS.messages.maxBytes);
    expect(store.bytes.uuids).toBeLessThanOrEqual(MESSAGE_STORE_LIMITS.uuids.maxBytes);
    expect(store.deduplicated('bot', 'u-1999', 5000)?.message_id).toBe('om_1999');
    expect(store.deduplicated('bot', 'u-0', 5000)).toBeUndefined();
    expect(store.sent.at(-1)!.message_id).toBe('om_1999');
    expect(store.sent[0]!.message_id).not.toBe('om_0');
  });

  it('rate-limit windows: keys of 10 KB each stay within the bytes cap', () => {
    const windows = new RateWindows(1024, 64 * 1024);
    for (let i = 0; i < 100; i++) windows.take(`${i} ${'k'.repeat(10_000)}`, { perSecond: 5 }, 0);
    expect(windows.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(windows.size).toBeLessThan(100);
  });
});

describe('searchChatsV2 page tokens (issue 21, item 12)', () => {
  it('a body with 500 member ids: every page token the mock issues is one the contract accepts, and searchV2All pages through every hit', async () => {
    const mock = createMockFeishu();
    const server = await mock.listen(0);
    try {
      const bot = mock.state.dataset.users.find((u) => u.isBot)!;
      const client = createFeishuClient({ auth: { appId: demoApp.appId, appSecret: demoApp.appSecret }, baseUrl: server.url });
      const body = { filter: { member_ids: Array.from({ length: 500 }, () => bot.openId) } };
      const first = await client.chats.searchV2(body, { page_size: 10 });
      expect(first.has_more).toBe(true);
      // The limit is the contract's (the query schema), not one restated here.
      expect(validate('searchChatsV2.query', { page_token: first.page_token })).toEqual({ valid: true });
      const ids: string[] = [];
      for await (const hit of client.chats.searchV2All(body, { page_size: 10 })) ids.push(hit.id!);
      expect(ids.length).toBe(first.total);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(10);
    } finally {
      await server.close();
    }
  });
});
