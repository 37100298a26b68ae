// replyMessage: a reply in the replied message's chat, stored in the one message store, so it shows
// in the chat's or the thread's history. Tree fields as DH-MSGINTRO/DH-THREAD say: a plain reply
// points at its parent and the chain's root; reply_in_thread opens a thread on the target; a reply to
// a message already in a thread joins it, root and parent both being the thread's root. uuid dedup
// for an hour; 5 per second per chat.
import { actorOf, memberOf, senderOf } from './actors.js';
import { chatById } from './chat-access.js';
import { cardError, contentErrorCode } from './content-errors.js';
import type { Behaviour, InvalidBody } from './context.js';
import { cardProblem, targetMessage } from './message-access.js';
import { resourceProblem } from './message-resources.js';
import type { MockMessage } from './message-store.js';

interface Reply {
  content: string;
  msg_type: string;
  reply_in_thread?: boolean;
  uuid?: string;
}

export const replyMessage: Behaviour & { invalidBody: InvalidBody } = ({ operation, pathParams, body, caller, logId }, mock) => {
  const who = caller!;
  const sent = body as Reply;
  const actor = actorOf(who, mock);
  const now = mock.now();
  const again = mock.messages.deduplicated(actor, sent.uuid, now, 'reply');
  if (again) return { status: 200, body: { code: 0, msg: 'success', data: again } };

  const target = targetMessage(mock, pathParams.message_id!, logId);
  if ('status' in target) return target;
  if (target.recalled) return mock.fail('messageRecalled', logId);
  const chat = chatById(mock.dataset, target.message.chat_id);
  if (chat && chat.status !== 'normal') return mock.fail('chatDissolved', logId);
  if (chat && !chat.members.includes(memberOf(who, mock.dataset))) return mock.fail('botNotInChat', logId);
  if (target.message.msg_type === 'system') return mock.fail('replyTargetUnsupported', logId, {}, 'a system message cannot be replied to');
  const inThread = target.message.thread_id !== undefined;
  if (sent.reply_in_thread && !inThread) {
    if (target.message.upper_message_id !== undefined || target.message.msg_type === 'merge_forward') return mock.fail('aggregatedThreadReplyUnsupported', logId);
    // Threads live in groups; a p2p chat (listed or made by a send to a person) has none.
    if (!chat || chat.mode === 'p2p') return mock.fail('threadReplyUnsupported', logId, {}, 'a p2p chat has no threads');
  }

  if (sent.msg_type === 'interactive') {
    const bad = cardProblem(sent.content, logId);
    if (bad) return bad;
  }
  const resources = resourceProblem(sent.msg_type, sent.content, actor.slice(actor.indexOf(':') + 1), mock.uploads, logId, mock);
  if (resources) return resources;
  const perSecond = (operation.rateLimit as { perRecipientPerSecond?: number } | undefined)?.perRecipientPerSecond;
  if (perSecond !== undefined && mock.messages.take(`chat ${target.message.chat_id}`, perSecond, now)) return mock.fail('messageRateLimited', logId);

  const tree: Pick<MockMessage, 'root_id' | 'parent_id' | 'thread_id'> = {};
  if (inThread) {
    const root = mock.messages.threadRoot(target.message.thread_id!) ?? target.message.message_id;
    Object.assign(tree, { root_id: root, parent_id: root, thread_id: target.message.thread_id });
  } else if (sent.reply_in_thread) {
    Object.assign(tree, { root_id: target.message.message_id, parent_id: target.message.message_id, thread_id: mock.messages.openThread(target) });
  } else {
    Object.assign(tree, { root_id: target.message.root_id ?? target.message.message_id, parent_id: target.message.message_id });
  }
  const ms = String(now);
  const message: MockMessage = {
    message_id: mock.messages.nextId(),
    ...tree,
    msg_type: sent.msg_type,
    create_time: ms,
    update_time: ms,
    deleted: false,
    updated: false,
    chat_id: target.message.chat_id,
    sender: senderOf(who, mock),
    body: { content: sent.content },
  };
  mock.messages.store(message, actor, sent.uuid, now, 'reply');
  return { status: 200, body: { code: 0, msg: 'success', data: message } };
};

/** A reply body that breaks the contract: as a send's (230099 for a card, 230025 over the size, else 230001). */
replyMessage.invalidBody = (errors, body, logId, mock) => {
  const code = contentErrorCode(errors, body);
  if (code.name === 'cardContentInvalid') return cardError(errors, logId);
  return mock.fail(code.name, logId, { field_violations: errors.map((e) => ({ field: e.path.split('/')[1] ?? '', description: e.message })) });
};
