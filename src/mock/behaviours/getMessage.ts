// getMessage: one stored message as `items` — sender ids of the asked kind, a recalled message
// without content, a card as sent only with card_msg_content_type=user_card_content.
import type { Behaviour } from './context.js';
import { callerInChatOf, messageView, targetMessage } from './message-access.js';

export const getMessage: Behaviour = ({ pathParams, query, caller, logId }, mock) => {
  const target = targetMessage(mock, pathParams.message_id!, logId);
  if ('status' in target) return target;
  if (!callerInChatOf(target.message, caller!, mock.dataset)) return mock.fail('botNotInChat', logId);
  return { status: 200, body: { code: 0, msg: 'success', data: { items: [messageView(target, 'get', query, mock.dataset)] } } };
};
