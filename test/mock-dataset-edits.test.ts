// Edits to mock.state.dataset show in the very next answer, although the mock reuses a listing's
// chats and a page's bytes between requests (issue 26.5): each case names the kind of edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockFeishu, demoApp, demoDataset, type MockFeishu } from '../src/mock/index.js';
import { parseQuery } from '../src/mock/query.js';
import { trackChanges } from '../src/mock/tracked.js';

let mock: MockFeishu;
let url: string;
let close: () => Promise<void>;
let token: string;

beforeAll(async () => {
  mock = createMockFeishu();
  ({ url, close } = await mock.listen(0));
  const res = await fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: demoApp.appId, app_secret: demoApp.appSecret }) });
  token = ((await res.json()) as { tenant_access_token: string }).tenant_access_token;
});
afterAll(() => close());

interface Page { items: { chat_id: string; name: string; labels: string[]; owner_id?: string }[]; page_token: string; has_more: boolean }
async function list(query = 'page_size=20'): Promise<Page> {
  const res = await fetch(`${url}/open-apis/im/v1/chats?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { code: number; data: Page };
  expect(body.code).toBe(0);
  return body.data;
}
const bot = () => mock.state.dataset.users.find((u) => u.isBot)!.openId;
const ids = (page: Page) => page.items.map((i) => i.chat_id);

describe('edits to mock.state.dataset show on the next listing, at any depth', () => {
  it('a member pushed into a chat: the chat is listed at once; removed with splice: gone at once', async () => {
    await list();
    const outside = mock.state.dataset.chats.find((c) => c.mode === 'group' && !c.members.includes(bot()))!;
    outside.members.push(bot());
    const all = [];
    for (let page = await list('page_size=100'); ; page = await list(`page_size=100&page_token=${page.page_token}`)) {
      all.push(...ids(page));
      if (!page.has_more) break;
    }
    expect(all).toContain(outside.chatId);
    outside.members.splice(outside.members.indexOf(bot()), 1);
    expect(ids(await list('page_size=100'))).not.toContain(outside.chatId);
  });

  it('a member id replaced in place (same array, same length) removes the chat from the first page', async () => {
    const first = await list();
    const chat = mock.state.dataset.chats.find((c) => c.chatId === first.items[0]!.chat_id)!;
    const at = chat.members.indexOf(bot());
    chat.members[at] = 'ou_someone_else';
    expect(ids(await list())).not.toContain(chat.chatId);
    chat.members[at] = bot();
    expect(ids(await list())[0]).toBe(chat.chatId);
  });

  it('a chat renamed, a label pushed into its labels, a mode changed to p2p', async () => {
    const first = await list();
    const chat = mock.state.dataset.chats.find((c) => c.chatId === first.items[1]!.chat_id)!;
    chat.name = 'Renamed in place';
    expect((await list()).items[1]!.name).toBe('Renamed in place');
    chat.labels.push('edited');
    expect((await list()).items[1]!.labels).toContain('edited');
    chat.mode = 'p2p';
    expect(ids(await list())).not.toContain(chat.chatId);
    chat.mode = 'group';
    expect(ids(await list())).toContain(chat.chatId);
  });

  it("an owner's user_id changed on the user (not the chat) shows in owner_id", async () => {
    const first = await list('page_size=50&user_id_type=user_id');
    const item = first.items.find((i) => i.owner_id !== undefined)!;
    const owner = mock.state.dataset.users.find((u) => u.userId === item.owner_id)!;
    owner.userId = 'edited-user-id';
    const again = await list('page_size=50&user_id_type=user_id');
    expect(again.items.find((i) => i.chat_id === item.chat_id)!.owner_id).toBe('edited-user-id');
  });

  it('a chat pushed onto the chats array, and the chats array replaced', async () => {
    const template = mock.state.dataset.chats.find((c) => c.mode === 'group' && c.members.includes(bot()))!;
    mock.state.dataset.chats.push({ ...JSON.parse(JSON.stringify(template)), chatId: 'oc_pushed_in_test', createdAt: 1 });
    expect(ids(await list())[0]).toBe('oc_pushed_in_test');
    mock.state.dataset.chats = mock.state.dataset.chats.filter((c) => c.chatId !== 'oc_pushed_in_test');
    expect(ids(await list())).not.toContain('oc_pushed_in_test');
  });

  it('a continuing page keeps the walk it began with (a snapshot), while a new first page shows the edit', async () => {
    const first = await list('page_size=5');
    const last = mock.state.dataset.chats.find((c) => c.chatId === first.items[4]!.chat_id)!;
    last.members.splice(last.members.indexOf(bot()), 1);
    const next = await list(`page_size=5&page_token=${first.page_token}`);
    expect(ids(next)).not.toContain(last.chatId);
    expect(ids(await list('page_size=5'))).not.toContain(last.chatId);
    last.members.push(bot());
  });
});

describe('edits to mock.state.dataset show on the next search (its results are reused until an edit)', () => {
  it('a chat renamed is found by its new name, and no longer by a name only it had', async () => {
    const search = async (q: string) => {
      const res = await fetch(`${url}/open-apis/im/v1/chats/search?query=${encodeURIComponent(q)}&page_size=100`, { headers: { authorization: `Bearer ${token}` } });
      return ((await res.json()) as { data: Page }).data.items.map((i) => i.chat_id);
    };
    const chat = mock.state.dataset.chats.find((c) => c.mode === 'group' && c.members.includes(bot()))!;
    expect(await search('Zebracorn')).toEqual([]);
    chat.name = 'Zebracorn launch';
    expect(await search('Zebracorn')).toEqual([chat.chatId]);
    chat.name = 'Quokka launch';
    expect(await search('Zebracorn')).toEqual([]);
    expect(await search('Quokka')).toEqual([chat.chatId]);
  });
});

describe('the dataset view (src/mock/tracked.ts)', () => {
  it('counts writes at any depth, keeps identity of nested views, and never stores a view in the target', () => {
    const target = demoDataset();
    const { view, version } = trackChanges(target);
    const v0 = version();
    expect(view.chats[0]).toBe(view.chats[0]);
    view.chats[0]!.members.push('ou_x');
    expect(version()).toBeGreaterThan(v0);
    const v1 = version();
    void view.chats.map((c) => c.name);
    expect(version()).toBe(v1);
    view.chats.push(view.chats[1]!);
    expect(target.chats.at(-1)).toBe(target.chats[1]);
    delete (view.chats[0] as { settings?: unknown }).settings;
    expect(version()).toBeGreaterThan(v1);
  });

  it('reads a frozen dataset without breaking the Proxy invariants', () => {
    const frozen = Object.freeze({ tenantKey: 't', users: Object.freeze([Object.freeze({ openId: 'ou_a' })]), chats: Object.freeze([]) });
    const { view } = trackChanges(frozen);
    expect(view.users[0]!.openId).toBe('ou_a');
  });
});

describe('query strings parse as URLSearchParams reads them (the fast path for strings with nothing to decode)', () => {
  const kinds = new Map([['page_size', 'integer'], ['types', 'array'], ['user_id_type', 'string'], ['flag', 'boolean']] as const);
  for (const search of ['page_size=20', 'page_size=20&page_size=30', 'types=group,p2p&types=p2p', '&&page_size=7&', 'user_id_type', 'user_id_type=', 'user_id_type=a=b', 'flag=true&x=1', '?page_size=3', 'user_id_type=%E4%B8%AD', 'user_id_type=a+b', 'page_size=1%']) {
    it(JSON.stringify(search), () => {
      const expected: Record<string, unknown> = {};
      for (const [name, value] of new URLSearchParams(search)) {
        const kind = kinds.get(name as never);
        if (!kind) continue;
        if (kind === 'array') expected[name] = [...((expected[name] as string[]) ?? []), ...value.split(',')];
        else if (!(name in expected)) expected[name] = kind === 'integer' && /^-?\d{1,15}$/.test(value) ? Number(value) : kind === 'boolean' && (value === 'true' || value === 'false') ? value === 'true' : value;
      }
      expect(parseQuery(search, kinds)).toEqual(expected);
    });
  }
});
