// isInChat: whether the caller of the token — the bot, or the user — is in the chat.
import { callerIsMember, chatById } from './chat-access.js';
import type { Behaviour } from './context.js';

export const isInChat: Behaviour = ({ pathParams, caller, logId }, mock) => {
  const chat = chatById(mock.dataset, pathParams.chat_id!);
  if (!chat) return mock.fail('chatIdInvalid', logId);
  return { status: 200, body: { code: 0, msg: 'success', data: { is_in_chat: callerIsMember(chat, caller!, mock.dataset) } } };
};
