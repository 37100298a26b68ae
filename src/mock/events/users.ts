// mock.users: what the tenant's people do that the app hears about. A user's message is stored in
// the mock's one message store (history and get read it) and announced as im.message.receive_v1.
import { FeishuError } from '../../errors.js';
import type { KnownEventType } from '../../events/catalog.js';
import type { MessageStore, MockMessage } from '../behaviours/message-store.js';
import type { MockDataset, MockUser } from '../data.js';
import { receivedMessage, userIdOf } from './envelopes.js';
import type { DeliveryRecord } from './records.js';
import type { MockEvents } from './source.js';

/** What a user sends. */
export interface UserMessageInput {
  /** The chat (oc_…) the user writes in; the user must be a member. */
  chatId: string;
  /** The sender: an open_id (ou_…), user_id or union_id of a person in the dataset. */
  userId: string;
  /** The message type (default `text`). */
  msgType?: string;
  /** The content in its received shape: a JSON string, or a value that is serialized (default for text: `{"text": …}` from a string). */
  content: string | Record<string, unknown>;
  /** People mentioned: ids as in `userId` (or `{ id, key? }`); keys default to `@_user_1`, `@_user_2`, … */
  mentions?: (string | { id: string; key?: string })[];
  /** The message replied to (parent_id and root_id). */
  parentId?: string;
}

/** `mock.users`. */
export interface MockUsers {
  /** Stores a user's message and emits im.message.receive_v1 to the app; resolves after the first delivery attempt. */
  sendMessage(input: UserMessageInput): Promise<{ message: MockMessage; delivery: DeliveryRecord | undefined }>;
}

const EVENT_TYPE = 'im.message.receive_v1' satisfies KnownEventType;

function findUser(dataset: MockDataset, id: string): MockUser | undefined {
  return dataset.users.find((u) => u.openId === id || u.userId === id || u.unionId === id);
}

/** Creates `mock.users`. */
export function createMockUsers(deps: { dataset: MockDataset; messages: MessageStore; events: MockEvents; now: () => number; appId: string; hasDestination: () => boolean }): MockUsers {
  return {
    async sendMessage(input) {
      if (!input || typeof input !== 'object') throw new FeishuError('sendMessage needs { chatId, userId, content }');
      const chat = deps.dataset.chats.find((c) => c.chatId === input.chatId);
      if (!chat) throw new FeishuError(`sendMessage: chatId ${JSON.stringify(input.chatId)} is not a chat of the mock's dataset`);
      const user = findUser(deps.dataset, input.userId);
      if (!user || user.isBot) throw new FeishuError(`sendMessage: userId ${JSON.stringify(input.userId)} is not a person of the mock's dataset`);
      if (!chat.members.includes(user.openId)) throw new FeishuError(`sendMessage: ${user.openId} is not a member of ${chat.chatId}`);
      const msgType = input.msgType ?? 'text';
      const content = typeof input.content === 'string' ? (msgType === 'text' && !input.content.trimStart().startsWith('{') ? JSON.stringify({ text: input.content }) : input.content) : JSON.stringify(input.content);
      const mentions = (input.mentions ?? []).map((m, i) => {
        const id = typeof m === 'string' ? m : m.id;
        const who = findUser(deps.dataset, id);
        if (!who) throw new FeishuError(`sendMessage: mention ${JSON.stringify(id)} is not a user of the mock's dataset`);
        return { key: (typeof m === 'object' && m.key) || `@_user_${i + 1}`, id: who.openId, id_type: 'open_id' as const, name: who.name, tenant_key: deps.dataset.tenantKey };
      });
      const now = String(deps.now());
      const message: MockMessage = {
        message_id: deps.messages.nextId(), msg_type: msgType, create_time: now, update_time: now, deleted: false, updated: false, chat_id: chat.chatId,
        sender: { id: user.openId, id_type: 'open_id', sender_type: 'user', tenant_key: deps.dataset.tenantKey }, body: { content },
        ...(mentions.length ? { mentions } : {}),
      };
      const received = receivedMessage(message, chat, deps.dataset);
      if (input.parentId) Object.assign(received, { parent_id: input.parentId, root_id: input.parentId });
      const partial = { event: { sender: { sender_id: userIdOf(user), sender_type: 'user', tenant_key: deps.dataset.tenantKey }, message: received } };
      // Checked before storing: a message the contract refuses is neither stored nor sent.
      deps.events.build(EVENT_TYPE, partial);
      deps.messages.store(message, `user:${user.openId}`, undefined, deps.now());
      // An app with no event URL and no long connection is not subscribed: the message is stored only.
      const delivery = deps.hasDestination() ? await deps.events.emit(EVENT_TYPE, partial) : undefined;
      return { message, delivery };
    },
  };
}
