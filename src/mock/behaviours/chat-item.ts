// A chat as the list and search endpoints answer it.
import type { MockChat, MockDataset, MockUser } from '../data.js';
import type { Caller } from './context.js';

/** The users by open_id, rebuilt when the users array is replaced or changes length. */
const usersByOpenId = new WeakMap<MockUser[], { size: number; map: Map<string, MockUser> }>();
function userById(dataset: MockDataset, openId: string): MockUser | undefined {
  let index = usersByOpenId.get(dataset.users);
  if (!index || index.size !== dataset.users.length) {
    index = { size: dataset.users.length, map: new Map(dataset.users.map((u) => [u.openId, u])) };
    usersByOpenId.set(dataset.users, index);
  }
  const user = index.map.get(openId);
  // An edited user (its open_id changed in place) is looked up the slow way.
  return user && user.openId === openId ? user : dataset.users.find((u) => u.openId === openId);
}

function ownerFields(chat: MockChat, idType: string, dataset: MockDataset) {
  const owner = userById(dataset, chat.ownerOpenId);
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

/**
 * The JSON text of {@link chatItem}, reused while every field it is made of is unchanged: the
 * cache is checked field by field against the chat as it is now (no allocation when it holds), so
 * that edits to the dataset show at once, and most pages cost comparisons instead of building and
 * serializing 20 objects. A p2p chat listed for a user names its peer: never cached.
 */
interface CachedItem {
  chatId: string;
  avatar: string;
  name: string;
  description: string;
  owner: MockUser | undefined;
  ownerIsBot: boolean | undefined;
  ownerOpenId: string | undefined;
  ownerUnionId: string | undefined;
  ownerUserId: string | undefined;
  external: boolean;
  tenantKey: string;
  status: string;
  mode: string;
  labels: string[];
  /** A copy of the labels as they were (the array may be edited in place). */
  labelValues: string[];
  json: string;
}
const itemJson = new WeakMap<MockChat, Map<string, CachedItem>>();
export function chatItemJson(chat: MockChat, idType: string, caller: Caller, dataset: MockDataset): string {
  const owner = userById(dataset, chat.ownerOpenId);
  const peerNamed = chat.mode === 'p2p' && caller.kind === 'user';
  let byType = itemJson.get(chat);
  const cached = byType?.get(idType);
  if (cached && !peerNamed && holds(cached, chat, owner, dataset)) return cached.json;
  const json = JSON.stringify(chatItem(chat, idType, caller, dataset));
  if (peerNamed) return json;
  if (!byType) itemJson.set(chat, (byType = new Map()));
  byType.set(idType, {
    chatId: chat.chatId, avatar: chat.avatar, name: chat.name, description: chat.description,
    owner, ownerIsBot: owner?.isBot, ownerOpenId: owner?.openId, ownerUnionId: owner?.unionId, ownerUserId: owner?.userId,
    external: chat.external, tenantKey: dataset.tenantKey, status: chat.status, mode: chat.mode,
    labels: chat.labels, labelValues: [...chat.labels], json,
  });
  return json;
}

function holds(c: CachedItem, chat: MockChat, owner: MockUser | undefined, dataset: MockDataset): boolean {
  if (c.chatId !== chat.chatId || c.avatar !== chat.avatar || c.name !== chat.name || c.description !== chat.description) return false;
  if (c.owner !== owner || c.ownerIsBot !== owner?.isBot || c.ownerOpenId !== owner?.openId || c.ownerUnionId !== owner?.unionId || c.ownerUserId !== owner?.userId) return false;
  if (c.external !== chat.external || c.tenantKey !== dataset.tenantKey || c.status !== chat.status || c.mode !== chat.mode) return false;
  const labels = chat.labels;
  if (c.labels !== labels || c.labelValues.length !== labels.length) return false;
  for (let i = 0; i < labels.length; i++) if (c.labelValues[i] !== labels[i]) return false;
  return true;
}

/** The open_id chat memberships are checked against: the app's bot, or the user. */
export function memberIdOf(caller: Caller, dataset: MockDataset): string {
  return caller.kind === 'bot' ? dataset.users.find((u) => u.isBot)?.openId ?? '' : caller.openId;
}
