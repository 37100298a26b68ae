// createReaction, listReactions, deleteReaction: reactions kept on each stored message, one per
// operator and emoji (a repeat answers the existing one: §12 #17), emoji names checked against the
// contract's x-known-values (231001), and only one's own removed (231007).
import { knownValues } from '../../contract-facts.js';
import { actorOf, botAppId, memberOf } from './actors.js';
import { chatById, idOf } from './chat-access.js';
import type { Behaviour, Caller, MockRuntime } from './context.js';
import { targetMessage } from './message-access.js';
import type { MockReaction, StoredMessage } from './message-store.js';
import { pagingRefusingWith } from './paging.js';

function inChat(entry: StoredMessage, caller: Caller, mock: MockRuntime): boolean {
  const chat = chatById(mock.dataset, entry.message.chat_id);
  return !chat || chat.members.includes(memberOf(caller, mock.dataset));
}

/** The reacting caller: as reactions name it, and as the reaction events name a user (a UserId object). */
function operatorOf(caller: Caller, mock: MockRuntime): { operator: MockReaction['operator']; eventUser?: Record<string, string> } {
  if (caller.kind === 'bot') return { operator: { operator_id: botAppId(mock), operator_type: 'app' } };
  const user = mock.dataset.users.find((u) => u.openId === caller.openId);
  return { operator: { operator_id: caller.openId, operator_type: 'user' }, eventUser: user ? { open_id: user.openId, union_id: user.unionId, user_id: user.userId } : { open_id: caller.openId } };
}

export const createReaction: Behaviour = ({ pathParams, body, caller, logId }, mock) => {
  const who = caller!;
  const emoji = (body as { reaction_type: { emoji_type: string } }).reaction_type.emoji_type;
  const target = targetMessage(mock, pathParams.message_id!, logId, 'reactionMessageNotFound');
  if ('status' in target) return target;
  if (target.recalled) return mock.fail('reactionMessageNotFound', logId, {}, 'the message was recalled');
  if (!inChat(target, who, mock)) return mock.fail('reactionNoPermission', logId);
  if (target.message.msg_type === 'system') return mock.fail('reactionMessageTypeUnsupported', logId);
  if (!(knownValues('EmojiType') ?? []).includes(emoji)) return mock.fail('reactionTypeInvalid', logId, {}, `emoji_type ${JSON.stringify(emoji.slice(0, 40))} is not one of the documented names`);
  const actor = actorOf(who, mock);
  const mine = target.reactions.some((r) => r.operatorKey === actor && r.reaction_type.emoji_type === emoji);
  if (!mine && target.reactions.length >= mock.messages.maxReactionsPerMessage) return mock.fail('messageInvalidParameter', logId, {}, `at most ${mock.messages.maxReactionsPerMessage} reactions per message in the mock`);
  const { operator, eventUser } = operatorOf(who, mock);
  const { reaction } = mock.messages.react(target, actor, operator, emoji, mock.now(), eventUser);
  return { status: 200, body: { code: 0, msg: 'success', data: reaction } };
};


export const listReactions: Behaviour = ({ operation, pathParams, query, caller, logId }, mock) => {
  const who = caller!;
  const target = targetMessage(mock, pathParams.message_id!, logId, 'reactionMessageNotFound');
  if ('status' in target) return target;
  if (target.recalled) return mock.fail('reactionMessageNotFound', logId, {}, 'the message was recalled');
  if (!inChat(target, who, mock)) return mock.fail('reactionNoAccess', logId);
  const filter = query.reaction_type as string | undefined;
  const idType = (query.user_id_type as string | undefined) ?? (operation.query.user_id_type?.default as string | undefined) ?? 'open_id';
  const fingerprint = `listReactions|${target.message.message_id}|${filter ?? ''}`;
  const paging = pagingRefusingWith(mock, 'reactionPageTokenInvalid');
  const at = paging.window('listReactions', query, fingerprint, logId);
  if ('status' in at) return at;
  const all = paging.snapshot(fingerprint, who, query, () => target.reactions.filter((r) => filter === undefined || r.reaction_type.emoji_type === filter));
  const hasMore = at.offset + at.size < all.length;
  const items = all.slice(at.offset, at.offset + at.size).map((r) => {
    const user = r.operator.operator_type === 'user' && idType !== 'open_id' ? mock.dataset.users.find((u) => u.openId === r.operator.operator_id) : undefined;
    return { reaction_id: r.reaction_id, operator: { ...r.operator, ...(user && { operator_id: idOf(user, idType) }) }, action_time: r.action_time, reaction_type: { ...r.reaction_type } };
  });
  return { status: 200, body: { code: 0, msg: 'success', data: { items, has_more: hasMore, ...(hasMore && { page_token: at.tokenFor(at.offset + at.size) }) } } };
};

export const deleteReaction: Behaviour = ({ pathParams, caller, logId }, mock) => {
  const who = caller!;
  const target = targetMessage(mock, pathParams.message_id!, logId, 'reactionMessageNotFound');
  if ('status' in target) return target;
  if (!inChat(target, who, mock)) return mock.fail('reactionNoPermission', logId);
  const reactionId = pathParams.reaction_id!;
  const held = target.reactions.find((r) => r.reaction_id === reactionId);
  if (!held) return mock.messages.messageOfReaction(reactionId) ? mock.fail('reactionNotOfMessage', logId) : mock.fail('reactionIdInvalid', logId);
  if (held.operatorKey !== actorOf(who, mock)) return mock.fail('reactionDeleteForbidden', logId);
  const removed = mock.messages.unreact(target, reactionId, mock.now(), operatorOf(who, mock).eventUser)!;
  return { status: 200, body: { code: 0, msg: 'success', data: removed } };
};

/**
 * A reaction request on a message while the same operator's previous one on it is still being
 * processed: 231015 (DH-REACT-C/D: "repeated request is processing"). Keyed by message and
 * operator — the emoji is in the body, which has not arrived when the request begins (inferred).
 */
const reactionConcurrency: NonNullable<Behaviour['concurrency']> = {
  key: (pathParams, caller) => caller && `reaction ${pathParams.message_id} ${caller.kind === 'bot' ? 'bot' : caller.openId}`,
  error: 'reactionRepeatedProcessing',
};
createReaction.concurrency = reactionConcurrency;
deleteReaction.concurrency = reactionConcurrency;
