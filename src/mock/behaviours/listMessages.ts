// listMessages: a chat's history (threads as their root only) or one thread's, from the one message
// store, in creation order either way, paged with tokens bound to the query (so a changed sort_type
// mid-walk is 230001). Recalled messages read "This message was recalled"; updated cards their new content;
// deleted messages and merge-forward sub-messages are left out (a thread whose root was deleted is 230110).
import { memberOf } from './actors.js';
import { chatById } from './chat-access.js';
import type { Behaviour } from './context.js';
import { callerInChatOf, messageView } from './message-access.js';
import { pagingRefusingWith } from './paging.js';
import type { StoredMessage } from './message-store.js';


export const listMessages: Behaviour = ({ operation, query, caller, logId }, mock) => {
  const who = caller!;
  const kind = query.container_id_type as 'chat' | 'thread';
  const id = query.container_id as string;
  const invalid = (field: string, description: string) => mock.fail('messageInvalidParameter', logId, { field_violations: [{ field, description }] });
  if (kind === 'thread' && (query.start_time !== undefined || query.end_time !== undefined)) return invalid(query.start_time !== undefined ? 'start_time' : 'end_time', 'not supported for container_id_type=thread');
  if (kind === 'chat') {
    if (!id.startsWith('oc_')) return invalid('container_id', 'a chat id (oc_…) for container_id_type=chat');
    const chat = chatById(mock.dataset, id);
    if (chat && !chat.members.includes(memberOf(who, mock.dataset))) return mock.fail('botNotInChat', logId);
  } else {
    const root = mock.messages.threadRoot(id);
    if (!root) return invalid('container_id', 'no such thread');
    const rootMessage = mock.messages.get(root);
    if (rootMessage && !callerInChatOf(rootMessage.message, who, mock.dataset)) return mock.fail('botNotInChat', logId);
    // A thread whose root was deleted cannot be read (inferred: DH-LIST documents 230110 without saying when).
    if (rootMessage?.removed) return mock.fail('messageDeleted', logId);
  }
  const sort = (query.sort_type as string | undefined) ?? (operation.query.sort_type?.default as string);
  const start = query.start_time === undefined ? -Infinity : Number(query.start_time) * 1000;
  const end = query.end_time === undefined ? Infinity : Number(query.end_time) * 1000;
  const fingerprint = `listMessages|${kind}|${id}|${sort}|${query.start_time ?? ''}|${query.end_time ?? ''}`;
  const paging = pagingRefusingWith(mock, 'messageInvalidParameter');
  const at = paging.window('listMessages', query, fingerprint, logId);
  if ('status' in at) return at;
  const all = paging.snapshot(fingerprint, who, query, () => {
    const inRange = mock.messages.inContainer(kind, id).filter((m) => Number(m.create_time) >= start && Number(m.create_time) <= end);
    return sort === 'ByCreateTimeDesc' ? inRange.reverse() : inRange;
  });
  const hasMore = at.offset + at.size < all.length;
  const items = all
    .slice(at.offset, at.offset + at.size)
    .map((m) => mock.messages.get(m.message_id))
    .filter((e): e is StoredMessage => e !== undefined)
    .map((e) => messageView(e, 'list', query, mock.dataset));
  return { status: 200, body: { code: 0, msg: 'success', data: { has_more: hasMore, ...(hasMore && { page_token: at.tokenFor(at.offset + at.size) }), items } } };
};
