// listChatMembers: a chat's people, page by page, with the platform's documented quirks: a page is
// cut from every member in join order, then widened to the end of the last join moment (members who
// joined together come back together: more than page_size), then its bots are dropped (fewer).
import { queryFacts } from '../../contract-facts.js';
import { callerIsMember, chatById, idOf } from './chat-access.js';
import type { Behaviour } from './context.js';

export const listChatMembers: Behaviour = ({ pathParams, query, caller, logId }, mock) => {
  const chat = chatById(mock.dataset, pathParams.chat_id!);
  if (!chat) return mock.fail('chatIdInvalid', logId);
  if (chat.status !== 'normal') return mock.fail('chatDissolved', logId);
  const who = caller!;
  if (!callerIsMember(chat, who, mock.dataset)) return mock.fail('operatorNotInChat', logId);
  const fingerprint = `members:${chat.chatId}`;
  const members = mock.paging.snapshot(fingerprint, who, query, () =>
    chat.members.map((openId, i) => ({ user: mock.dataset.users.find((u) => u.openId === openId), joinedAt: chat.joinedAt?.[i] ?? i })),
  );
  const at = mock.paging.window('listChatMembers', query, fingerprint, logId);
  if ('status' in at) return at;
  let end = Math.min(at.offset + at.size, members.length);
  while (end > at.offset && end < members.length && members[end]!.joinedAt === members[end - 1]!.joinedAt) end += 1;
  const idType = (query.member_id_type as string | undefined) ?? (queryFacts('listChatMembers').member_id_type!.default as string);
  const items = members
    .slice(at.offset, end)
    .flatMap(({ user }) => (user && !user.isBot ? [{ member_id_type: idType, member_id: idOf(user, idType), name: user.name, tenant_key: mock.dataset.tenantKey }] : []));
  const hasMore = end < members.length;
  const total = members.filter(({ user }) => user && !user.isBot).length;
  return { status: 200, body: { code: 0, msg: 'success', data: { items, page_token: hasMore ? at.tokenFor(end) : '', has_more: hasMore, member_total: total } } };
};
