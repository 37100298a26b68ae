// What the chat resource endpoints share: finding the chat a path names, and who of it a caller is.
import type { MockChat, MockDataset, MockUser } from '../data.js';
import { memberIdOf } from './chat-item.js';
import type { Caller } from './context.js';

/** The chat `chatId` names in the tenant, if any. */
export function chatById(dataset: MockDataset, chatId: string): MockChat | undefined {
  return dataset.chats.find((c) => c.chatId === chatId);
}

/** Whether the caller (the app's bot, or the user of a user token) is a member of `chat`. */
export function callerIsMember(chat: MockChat, caller: Caller, dataset: MockDataset): boolean {
  return chat.members.includes(memberIdOf(caller, dataset));
}

/** The members of `chat` who are people, and who are bots. */
export function membersOf(chat: MockChat, dataset: MockDataset): { users: MockUser[]; bots: MockUser[] } {
  const all = chat.members.map((id) => dataset.users.find((u) => u.openId === id)).filter((u): u is MockUser => !!u);
  return { users: all.filter((u) => !u.isBot), bots: all.filter((u) => u.isBot) };
}

/** A person's id in the kind `idType` names (open_id, union_id or user_id). */
export function idOf(user: MockUser, idType: string): string {
  return idType === 'user_id' ? user.userId : idType === 'union_id' ? user.unionId : user.openId;
}
