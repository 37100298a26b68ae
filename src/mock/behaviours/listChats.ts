// listChats: the caller's chats, groups unless `types` asks for p2p, in the order sort_type names.
import { queryFacts } from '../../contract-facts.js';
import type { MockChat } from '../data.js';
import { memberIdOf } from './chat-item.js';
import type { Behaviour } from './context.js';

export const listChats: Behaviour = ({ query, caller, logId }, mock) => {
  const who = caller!;
  const asked = query.types as string[] | undefined;
  const types = asked === undefined ? DEFAULT_TYPES : new Set(asked);
  // The fingerprint names the types in sorted order (the default's is built once).
  const fingerprint = `list:${asked === undefined ? 'group' : [...types].sort().join(',')}:${query.sort_type ?? ''}`;
  const sortType = query.sort_type ?? queryFacts('listChats').sort_type!.default;
  const order = sortType === 'ByActiveTimeDesc' ? byActivity : byCreation;
  const chats = mock.paging.snapshot(
    fingerprint,
    who,
    query,
    () => {
      const member = memberIdOf(who, mock.dataset);
      // p2p chats are listed for user tokens only; a bot has no p2p chats to list.
      const wanted = (c: MockChat) => c.members.includes(member) && (c.mode === 'p2p' ? types.has('p2p') && who.kind === 'user' : types.has('group'));
      const found = mock.dataset.chats.filter(wanted);
      // A tenant kept in creation order (the demo's) needs one pass to confirm it, not a sort.
      return isSorted(found, order) ? found : found.sort(order);
    },
    mock.paging.untilEdited,
  );
  return mock.paging.page('listChats', chats, query, fingerprint, who, logId);
};

const DEFAULT_TYPES: ReadonlySet<string> = new Set(['group']);
const byActivity = (a: MockChat, b: MockChat) => b.activeAt - a.activeAt || a.chatId.localeCompare(b.chatId);
const byCreation = (a: MockChat, b: MockChat) => a.createdAt - b.createdAt || a.chatId.localeCompare(b.chatId);
function isSorted(chats: MockChat[], order: (a: MockChat, b: MockChat) => number): boolean {
  for (let i = 1; i < chats.length; i++) if (order(chats[i - 1]!, chats[i]!) > 0) return false;
  return true;
}
