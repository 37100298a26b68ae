// A chat as the list and search endpoints answer it.
import type { MockChat, MockDataset } from '../data.js';
import type { Caller } from './context.js';

function ownerFields(chat: MockChat, idType: string, dataset: MockDataset) {
  const owner = dataset.users.find((u) => u.openId === chat.ownerOpenId);
  // The platform omits owner_id and owner_id_type when the owner is a bot.
  if (!owner || owner.isBot) return {};
  const id = idType === 'user_id' ? owner.userId : idType === 'union_id' ? owner.unionId : owner.openId;
  return { owner_id: id, owner_id_type: idType };
}

/** The item of `chat` in the id kind `idType` asks for; p2p chats name their peer for a user caller. */
export function chatItem(chat: MockChat, idType: string, caller: Caller, dataset: MockDataset): Record<string, unknown> {
  const item: Record<string, unknown> = {
    chat_id: chat.chatId,
    avatar: chat.avatar,
    name: chat.name,
    description: chat.description,
    ...ownerFields(chat, idType, dataset),
    external: chat.external,
    tenant_key: dataset.tenantKey,
    chat_status: chat.status,
    labels: chat.labels,
    chat_mode: chat.mode,
  };
  if (chat.mode === 'p2p' && caller.kind === 'user') {
    const peer = dataset.users.find((u) => u.openId !== caller.openId && chat.members.includes(u.openId));
    if (peer) Object.assign(item, { p2p_target_type: peer.isBot ? 'bot' : 'user', p2p_target_id: peer.openId });
  }
  return item;
}

/** The open_id chat memberships are checked against: the app's bot, or the user. */
export function memberIdOf(caller: Caller, dataset: MockDataset): string {
  return caller.kind === 'bot' ? dataset.users.find((u) => u.isBot)?.openId ?? '' : caller.openId;
}
