// searchChats: groups the caller is in or may see (public ones), found by name, member name or pinyin.
import { queryFacts } from '../../contract-facts.js';
import { memberIdOf } from './chat-item.js';
import type { Behaviour } from './context.js';
import { matches, normalizeKeyword } from './search-match.js';

export const searchChats: Behaviour = ({ query, caller, logId }, mock) => {
  const who = caller!;
  const keyword = normalizeKeyword((query.query as string | undefined) ?? '');
  // The spec: an empty keyword or one above this length finds nothing (not an error).
  const cutoff = queryFacts('searchChats').query!.emptyResultAboveLength!;
  const fingerprint = `search:${keyword}`;
  const chats = mock.paging.snapshot(fingerprint, who, query, () => {
    if (keyword === '' || [...keyword].length > cutoff) return [];
    const member = memberIdOf(who, mock.dataset);
    return mock.dataset.chats.filter((c) => c.mode !== 'p2p' && (c.members.includes(member) || c.public) && matches(c, keyword, mock.dataset.users));
  }, mock.paging.untilEdited);
  return mock.paging.page('searchChats', chats, query, fingerprint, who, logId);
};
