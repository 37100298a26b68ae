// searchChatsV2: the v1 search's visible chats and matching (names, member names, pinyin), with the
// v2 body's filters and sorter; the keyword is cut to its first 50 characters with a notice.
import type { MockChat } from '../data.js';
import { idOf } from './chat-access.js';
import { memberIdOf } from './chat-item.js';
import type { Behaviour } from './context.js';
import { matches, normalizeKeyword } from './search-match.js';

/** The keyword length v2 search uses (the doc-generated .NET SDK: 0–50 characters, longer ones are cut). */
const QUERY_CHARS = 50;

interface Filter {
  search_types?: string[];
  member_ids?: string[];
  is_manager?: boolean;
  disable_search_by_user?: boolean;
  chat_modes?: string[];
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');

export const searchChatsV2: Behaviour = ({ body, query, caller, logId }, mock) => {
  const who = caller!;
  const request = (body ?? {}) as { query?: string; filter?: Filter; sorter?: string };
  const raw = [...(request.query ?? '')];
  const notice = raw.length > QUERY_CHARS ? `The query is too long and has been truncated to the first ${QUERY_CHARS} characters for search.` : undefined;
  const keyword = normalizeKeyword(raw.slice(0, QUERY_CHARS).join(''));
  const filter = request.filter ?? {};
  const idType = (query.user_id_type as string | undefined) ?? 'open_id';
  const fingerprint = `searchV2:${JSON.stringify([keyword, filter, request.sorter ?? '', idType])}`;
  const me = memberIdOf(who, mock.dataset);
  const chats = mock.paging.snapshot(fingerprint, who, query, () => {
    const kind = (c: MockChat) => (c.external ? 'external' : !c.public ? 'private' : c.members.includes(me) ? 'public_joined' : 'public_not_joined');
    const byId = (id: string) => mock.dataset.users.find((u) => idOf(u, idType) === id);
    const found = mock.dataset.chats.filter((c) => {
      if (c.mode === 'p2p' || !(c.members.includes(me) || c.public)) return false;
      if (keyword !== '' && !matches(c, keyword, filter.disable_search_by_user ? [] : mock.dataset.users)) return false;
      if (filter.search_types && !filter.search_types.includes(kind(c))) return false;
      if (filter.chat_modes && !filter.chat_modes.includes(c.mode === 'topic' ? 'thread' : 'default')) return false;
      if (filter.is_manager && c.ownerOpenId !== me) return false;
      return (filter.member_ids ?? []).every((id) => { const u = byId(id); return !!u && c.members.includes(u.openId); });
    });
    const sorter = request.sorter;
    if (sorter === 'update_time_desc') found.sort((a, b) => b.activeAt - a.activeAt);
    else if (sorter === 'member_count_desc') found.sort((a, b) => b.members.length - a.members.length);
    else found.sort((a, b) => b.createdAt - a.createdAt);
    return found;
  }, mock.paging.untilEdited);
  const at = mock.paging.window('searchChatsV2', query, fingerprint, logId);
  if ('status' in at) return at;
  const end = Math.min(at.offset + at.size, chats.length);
  const items = chats.slice(at.offset, end).map((c) => {
    const owner = mock.dataset.users.find((u) => u.openId === c.ownerOpenId);
    return {
      id: c.chatId,
      display_info: c.name,
      meta_data: {
        chat_id: c.chatId,
        name: c.name,
        description: c.description,
        avatar: c.avatar,
        external: c.external,
        chat_mode: c.mode === 'topic' ? 'topic' : 'group',
        chat_status: c.status,
        tenant_key: mock.dataset.tenantKey,
        // As in v1: no owner fields when the owner is a bot.
        ...(owner && !owner.isBot && { owner_id: idOf(owner, idType), owner_id_type: idType }),
        create_time: iso(c.createdAt),
        update_time: iso(c.activeAt),
      },
    };
  });
  const hasMore = end < chats.length;
  return { status: 200, body: { code: 0, msg: 'success', data: { items, total: chats.length, has_more: hasMore, page_token: hasMore ? at.tokenFor(end) : '', ...(notice && { notice }) } } };
};
