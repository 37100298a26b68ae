// getMessage: one stored message as `items` — sender ids of the asked kind, a recalled message
// without content, a card as sent only with card_msg_content_type=user_card_content; a merge-forward
// message followed by its sub-messages (each with upper_message_id, DH-GET); a deleted one 230110.
import type { Behaviour } from './context.js';
import { callerInChatOf, messageView, targetMessage } from './message-access.js';

export const getMessage: Behaviour = ({ pathParams, query, caller, logId }, mock) => {
  const target = targetMessage(mock, pathParams.message_id!, logId);
  if ('status' in target) return target;
  if (!callerInChatOf(target.message, caller!, mock.dataset)) return mock.fail('botNotInChat', logId);
  const subMessages = (target.forwarded ?? []).map((id) => mock.messages.get(id)).filter((e) => e !== undefined);
  const items = [target, ...subMessages].map((entry) => messageView(entry, 'get', query, mock.dataset));
  return { status: 200, body: { code: 0, msg: 'success', data: { items } } };
};
