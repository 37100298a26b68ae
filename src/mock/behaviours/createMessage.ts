// createMessage: sends as the bot (tenant token) or the user (user token) to a chat the sender is in,
// or to a person of the tenant; honours uuid dedup and the 5-per-second limit per recipient; stores
// the message under an om_ id. Invalid content is answered as the platform does (see invalidBody).
import { validate } from '../../validators/index.js';
import { cardError, contentErrorCode } from './content-errors.js';
import { chatById, idOf } from './chat-access.js';
import { memberIdOf } from './chat-item.js';
import type { Behaviour, InvalidBody } from './context.js';
import type { MockMessage } from './message-store.js';
import { actorOf, senderOf } from './actors.js';
import { resourceProblem } from './message-resources.js';

interface Sent {
  receive_id: string;
  msg_type: string;
  content: string;
  uuid?: string;
}

export const createMessage: Behaviour & { invalidBody: InvalidBody } = ({ operation, query, body, caller, logId }, mock) => {
  const who = caller!;
  const sent = body as Sent;
  const receiveIdType = query.receive_id_type as string;
  const me = memberIdOf(who, mock.dataset);
  const senderKey = actorOf(who, mock);
  const now = mock.now();
  const again = mock.messages.deduplicated(senderKey, sent.uuid, now);
  if (again) return { status: 200, body: { code: 0, msg: 'success', data: again } };

  let chatId: string;
  if (receiveIdType === 'chat_id') {
    const chat = chatById(mock.dataset, sent.receive_id);
    if (!chat) return mock.fail('receiveIdInvalid', logId);
    if (chat.status !== 'normal') return mock.fail('chatDissolved', logId);
    if (!chat.members.includes(me)) return mock.fail('botNotInChat', logId);
    if (sent.msg_type === 'system' && chat.mode !== 'p2p') return mock.fail('messageInvalidParameter', logId, {}, 'system messages go only to a p2p chat between the bot and a user');
    chatId = chat.chatId;
  } else {
    const user = mock.dataset.users.find((u) => !u.isBot && (receiveIdType === 'email' ? u.email === sent.receive_id : idOf(u, receiveIdType) === sent.receive_id));
    if (!user) return mock.fail('receiveIdInvalid', logId);
    // The p2p chat of the sender and the recipient: the dataset's, or a stable id made from the pair.
    const pair = [me, user.openId].sort();
    const p2p = mock.dataset.chats.find((c) => c.mode === 'p2p' && c.members.length === 2 && pair.every((m) => c.members.includes(m)));
    chatId = p2p?.chatId ?? `oc_${[...pair.join('|')].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7).toString(16).padStart(32, '0')}`;
  }

  // A card JSON is checked against the card contract as the platform builds it: a card it cannot
  // build is 230099 with the card sub-code in msg.
  if (sent.msg_type === 'interactive') {
    const card = JSON.parse(sent.content) as Record<string, unknown>;
    if (card.type === undefined) {
      const check = validate('card', card);
      if (!check.valid) return cardError(check.errors, logId);
    }
  }

  const resources = resourceProblem(sent.msg_type, sent.content, senderKey.slice(senderKey.indexOf(':') + 1), mock.uploads, logId, mock);
  if (resources) return resources;

  const perSecond = (operation.rateLimit as { perRecipientPerSecond?: number } | undefined)?.perRecipientPerSecond;
  if (perSecond !== undefined && mock.messages.take(`${receiveIdType === 'chat_id' ? 'chat' : 'user'} ${chatId}`, perSecond, now)) {
    return mock.fail('messageRateLimited', logId);
  }

  const ms = String(now);
  const message: MockMessage = {
    message_id: mock.messages.nextId(),
    msg_type: sent.msg_type,
    create_time: ms,
    update_time: ms,
    deleted: false,
    updated: false,
    chat_id: chatId,
    sender: senderOf(who, mock),
    body: { content: sent.content },
  };
  mock.messages.store(message, senderKey, sent.uuid, now);
  return { status: 200, body: { code: 0, msg: 'success', data: message } };
};

/**
 * A body that breaks the contract, answered as the platform does: a card it cannot build is 230099
 * with the card sub-code in msg, content over the size limit 230025, anything else 230001.
 */
createMessage.invalidBody = (errors, body, logId, mock) => {
  const code = contentErrorCode(errors, body);
  if (code.name === 'cardContentInvalid') return cardError(errors, logId);
  return mock.fail(code.name, logId, { field_violations: errors.map((e) => ({ field: e.path.split('/')[1] ?? '', description: e.message })) });
};
