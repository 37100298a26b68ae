// listChats: the caller's chats, groups unless `types` asks for p2p, in the order sort_type names.
import { queryFacts } from '../../contract-facts.js';
import type { MockChat } from '../data.js';
import { memberIdOf } from './chat-item.js';
import type { Behaviour } from './context.js';

export const listChats: Behaviour = ({ query, caller, logId }, mock) => {
  const who = caller!;
  const types = new Set((query.types as string[] | undefined) ?? ['group']);
  const fingerprint = `list:${[...types].sort().join(',')}:${query.sort_type ?? ''}`;
  const chats = mock.paging.snapshot(fingerprint, who, query, () => {
    const member = memberIdOf(who, mock.dataset);
    // p2p chats are listed for user tokens only; a bot has no p2p chats to list.
    const wanted = (c: MockChat) => (c.mode === 'p2p' ? types.has('p2p') && who.kind === 'user' : types.has('group'));
    const found = mock.dataset.chats.filter((c) => c.members.includes(member) && wanted(c));
    const sortType = query.sort_type ?? queryFacts('listChats').sort_type!.default;
    if (sortType === 'ByActiveTimeDesc') found.sort((a, b) => b.activeAt - a.activeAt || a.chatId.localeCompare(b.chatId));
    else found.sort((a, b) => a.createdAt - b.createdAt || a.chatId.localeCompare(b.chatId));
    return found;
  });
  return mock.paging.page('listChats', chats, query, fingerprint, who, logId);
};
