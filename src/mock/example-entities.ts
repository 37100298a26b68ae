// The demo tenant knows what the spec's example requests name (issue 22.4): every documented example
// request — a reader trying the docs, Schemathesis' examples phase, test/examples-replay.test.ts —
// succeeds against `feishu-chat-contract mock`. Nothing is copied here: the ids are read from the
// operations' request examples (generated/request-examples.js, from spec/) and their kind from their
// shape (oc_ chat, ou_ user, cli_ bot, om_ message); the state stateful examples need is made for
// them at the mock's start:
//   - each oc_ id is a group chat of the app's bot and every example user (the first one its owner);
//   - each ou_ id is a person, each cli_ id other than the app's a bot of another app;
//   - each om_ id is a shared card (update_multi) the app's bot sent to the first example chat, so
//     getMessage, replyMessage, patchMessage and the reactions succeed on it;
//   - each reaction_id example of a path with a message_id is the app's reaction on that path's
//     example message (deleteReaction removes it: replayed once per mock, after the other examples);
//   - each body example's `token` of the operation that takes a card-callback token is issued for the
//     first example message, as a card click would — valid for the contract's 30 minutes from the
//     mock's start, and for its number of uses, like any token.
// Page tokens are not seeded: the mock refuses any token it did not issue (see x-unreplayable-example
// on spec/components/parameters/PageToken.yaml).
import * as examples from '../../generated/request-examples.js';
import type { RequestExamples } from '../../generated/request-examples.js';
import { operations } from '../../generated/operations.js';
import type { MockChat, MockDataset, MockUser } from './data.js';
import type { CardTokens } from './card-tokens.js';
import type { MessageStore } from './behaviours/message-store.js';

/** What the seed adds to the store besides the dataset's users and chats. */
export interface ExampleState {
  /** Card messages the app's bot sent, by id, each in its chat. */
  messages: { messageId: string; chatId: string }[];
  /** The app's reactions on those messages. */
  reactions: { messageId: string; reactionId: string }[];
  /** Card-callback tokens, each for a message above. */
  cardTokens: { token: string; messageId: string }[];
}

/** The content of a seeded message: a shared 1.0 card, so that PATCH and the delayed update apply to it. */
export const EXAMPLE_CARD = JSON.stringify({ config: { update_multi: true }, elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'A card the demo bot sent (the spec examples’ message)' } }] });
/** The emoji of a seeded reaction (one the contract's EmojiType knows). */
export const EXAMPLE_EMOJI = 'SMILE';

const ID_SHAPES = { chat: /^oc_[0-9A-Za-z]+$/, user: /^ou_[0-9A-Za-z]+$/, bot: /^cli_[0-9A-Za-z]+$/, message: /^om_[0-9A-Za-z]+$/ } as const;
type Kind = keyof typeof ID_SHAPES;

/** Every string of an example value, depth-first (card JSON inside `content` is one string, not walked). */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

const hex = (n: number, len: number) => n.toString(16).padStart(len, '0').slice(-len);

/**
 * Adds the example entities to `dataset` (users and chats, in place) and answers the messages,
 * reactions and tokens the mock then stores. `appId` is the app whose bot sends the seeded cards.
 */
export function seedExampleEntities(dataset: MockDataset, appId: string): ExampleState {
  const table = examples as unknown as Record<string, RequestExamples>;
  const found: Record<Kind, string[]> = { chat: [], user: [], bot: [], message: [] };
  const state: ExampleState = { messages: [], reactions: [], cardTokens: [] };
  const add = (kind: Kind, id: string) => {
    if (!found[kind].includes(id)) found[kind].push(id);
  };
  for (const entry of Object.values(table)) {
    for (const value of strings([entry.path, entry.query, entry.body])) {
      for (const kind of Object.keys(ID_SHAPES) as Kind[]) if (ID_SHAPES[kind].test(value)) add(kind, value);
    }
  }

  const known = new Set(dataset.users.map((u) => u.openId));
  const knownApps = new Set([appId, ...dataset.users.flatMap((u) => (u.appId ? [u.appId] : []))]);
  const people: MockUser[] = found.user.filter((id) => !known.has(id)).map((openId, i) => ({
    openId,
    unionId: `on_e${hex(i, 31)}`,
    userId: `e${hex(i, 7)}`,
    name: `Example user ${i + 1}`,
  }));
  const bots: MockUser[] = found.bot.filter((id) => !knownApps.has(id)).map((botAppId, i) => ({
    openId: `ou_e${hex(0x100 + i, 31)}`,
    unionId: `on_e${hex(0x100 + i, 31)}`,
    userId: `ebot${i + 1}`,
    name: `Example bot ${i + 1}`,
    isBot: true,
    appId: botAppId,
  }));
  dataset.users.push(...people, ...bots);

  const appBot = dataset.users.find((u) => u.isBot && u.appId === appId) ?? dataset.users.find((u) => u.isBot);
  const examplePeople = found.user.map((id) => dataset.users.find((u) => u.openId === id)!).filter((u) => !u.isBot);
  const owner = examplePeople[0] ?? dataset.users.find((u) => !u.isBot);
  const knownChats = new Set(dataset.chats.map((c) => c.chatId));
  const base = Date.UTC(2024, 0, 1) / 1000;
  const chats: MockChat[] = found.chat.filter((id) => !knownChats.has(id)).map((chatId, i) => {
    const members = [...new Set([owner?.openId, appBot?.openId, ...examplePeople.map((u) => u.openId)].filter((m): m is string => m !== undefined))];
    return {
      chatId,
      name: `Example chat ${i + 1}`,
      i18nNames: { zh_cn: `示例群 ${i + 1}`, en_us: `Example chat ${i + 1}` },
      description: 'A chat the spec examples name',
      avatar: `https://s1-imfile.feishucdn.com/static-resource/v1/v2_e${hex(i, 7)}-0000-0000-0000-000000000000~?image_size=72x72`,
      ownerOpenId: owner?.openId ?? members[0]!,
      external: false,
      status: 'normal',
      mode: 'group',
      public: false,
      labels: [],
      members,
      joinedAt: members.map(() => base),
      createdAt: base,
      activeAt: base,
    };
  });
  dataset.chats.push(...chats);

  const home = found.chat[0];
  if (home) for (const messageId of found.message) state.messages.push({ messageId, chatId: home });
  for (const [operationId, entry] of Object.entries(table)) {
    const info = (operations as Record<string, { path: string; callbackToken?: unknown }>)[operationId];
    if (!info) continue;
    const messageId = entry.path.message_id?.[0];
    if (typeof messageId === 'string' && info.path.includes('{reaction_id}')) {
      for (const reactionId of entry.path.reaction_id ?? []) if (typeof reactionId === 'string') state.reactions.push({ messageId, reactionId });
    }
    const first = state.messages[0]?.messageId;
    if (info.callbackToken && first) {
      for (const body of Object.values(entry.body)) {
        const token = (body as { token?: unknown }).token;
        if (typeof token === 'string' && !state.cardTokens.some((t) => t.token === token)) state.cardTokens.push({ token, messageId: first });
      }
    }
  }
  return state;
}

/** Stores the seeded cards (sent by `appId`'s bot), its reactions on them and the issued card tokens. */
export function storeExampleState(state: ExampleState, to: { messages: MessageStore; cardTokens: CardTokens; appId: string; tenantKey: string; nowMs: number }): void {
  const { messages, cardTokens, appId, tenantKey, nowMs } = to;
  const time = String(nowMs);
  for (const { messageId, chatId } of state.messages) {
    const message = { message_id: messageId, msg_type: 'interactive', create_time: time, update_time: time, deleted: false, updated: false, chat_id: chatId, sender: { id: appId, id_type: 'app_id' as const, sender_type: 'app' as const, tenant_key: tenantKey }, body: { content: EXAMPLE_CARD } };
    messages.store(message, `app:${appId}`, undefined, nowMs);
  }
  for (const { messageId, reactionId } of state.reactions) {
    const entry = messages.get(messageId);
    if (entry) messages.seedReaction(entry, { reaction_id: reactionId, operator: { operator_id: appId, operator_type: 'app' }, action_time: time, reaction_type: { emoji_type: EXAMPLE_EMOJI }, operatorKey: `app:${appId}` });
  }
  for (const { token, messageId } of state.cardTokens) cardTokens.issue(messageId, appId, false, token);
}
