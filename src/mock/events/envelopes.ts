// Complete envelopes from the mock's dataset: real chat, user and message ids, a fresh event_id, the
// create_time of now. One builder per event type the mock can announce (the list of types comes from
// the contract's catalogue; test/mock-events.test.ts checks every type has a builder here).
import type { MockChat, MockDataset, MockUser } from '../data.js';
import type { MockMessage } from '../behaviours/message-store.js';

/** What a builder reads. */
export interface EnvelopeContext {
  dataset: MockDataset;
  appId: string;
  verificationToken: string | undefined;
  now: number;
  /** The latest stored messages (the message events point at one). */
  messages: readonly MockMessage[];
  eventId: string;
}

type Json = Record<string, unknown>;

/** `{open_id, user_id, union_id}` of a user. */
export const userIdOf = (user: MockUser) => ({ open_id: user.openId, user_id: user.userId, union_id: user.unionId });

const humans = (d: MockDataset) => d.users.filter((u) => !u.isBot);
const bot = (d: MockDataset, appId: string) => d.users.find((u) => u.isBot && u.appId === appId);
/** A normal group the app's bot is in (the events an app gets are about chats it is in). */
function groupOf(ctx: EnvelopeContext): MockChat {
  const me = bot(ctx.dataset, ctx.appId);
  return ctx.dataset.chats.find((c) => c.status === 'normal' && c.mode !== 'p2p' && (!me || c.members.includes(me.openId))) ?? ctx.dataset.chats[0]!;
}
const userIn = (ctx: EnvelopeContext, chat: MockChat) => humans(ctx.dataset).find((u) => chat.members.includes(u.openId)) ?? humans(ctx.dataset)[0]!;
const i18n = (chat: MockChat) => ({ zh_cn: chat.i18nNames.zh_cn ?? chat.name, en_us: chat.i18nNames.en_us ?? chat.name, ja_jp: chat.i18nNames.ja_jp ?? chat.name });
const operatorOf = (ctx: EnvelopeContext, chat: MockChat) => {
  const owner = ctx.dataset.users.find((u) => u.openId === chat.ownerOpenId && !u.isBot) ?? userIn(ctx, chat);
  return { operator_id: userIdOf(owner), operator_tenant_key: ctx.dataset.tenantKey };
};
const chatFacts = (ctx: EnvelopeContext, chat: MockChat) => ({ chat_id: chat.chatId, ...operatorOf(ctx, chat), external: chat.external, name: chat.name, i18n_names: i18n(chat) });
const latestMessage = (ctx: EnvelopeContext) => ctx.messages[ctx.messages.length - 1];

/** A received message's `message` object from a stored message. */
export function receivedMessage(message: MockMessage, chat: MockChat | undefined, dataset: MockDataset): Json {
  return {
    message_id: message.message_id,
    create_time: message.create_time,
    update_time: message.update_time,
    chat_id: message.chat_id,
    chat_type: chat?.mode === 'p2p' ? 'p2p' : 'group',
    message_type: message.msg_type,
    content: message.body.content,
    ...(message.mentions?.length
      ? {
          mentions: message.mentions.map((m) => {
            const user = dataset.users.find((u) => u.openId === m.id);
            return { key: m.key, id: user ? userIdOf(user) : { open_id: m.id }, name: m.name, tenant_key: m.tenant_key };
          }),
        }
      : {}),
  };
}

/** The `event` object of each event type the mock can build from its dataset. */
export const eventBuilders: Readonly<Record<string, (ctx: EnvelopeContext) => Json>> = {
  'im.message.receive_v1': (ctx) => {
    const chat = groupOf(ctx);
    const sender = userIn(ctx, chat);
    const now = String(ctx.now);
    const message: MockMessage = {
      message_id: `om_${ctx.eventId.slice(0, 32)}`, msg_type: 'text', create_time: now, update_time: now, deleted: false, updated: false, chat_id: chat.chatId,
      sender: { id: sender.openId, id_type: 'open_id', sender_type: 'user', tenant_key: ctx.dataset.tenantKey }, body: { content: JSON.stringify({ text: 'hello' }) },
    };
    return { sender: { sender_id: userIdOf(sender), sender_type: 'user', tenant_key: ctx.dataset.tenantKey }, message: receivedMessage(message, chat, ctx.dataset) };
  },
  'im.message.message_read_v1': (ctx) => {
    const chat = groupOf(ctx);
    const reader = userIn(ctx, chat);
    const message = latestMessage(ctx);
    return { reader: { reader_id: userIdOf(reader), read_time: String(ctx.now), tenant_key: ctx.dataset.tenantKey }, message_id_list: [message?.message_id ?? `om_${ctx.eventId.slice(0, 32)}`] };
  },
  'im.message.recalled_v1': (ctx) => {
    const message = latestMessage(ctx);
    return { message_id: message?.message_id ?? `om_${ctx.eventId.slice(0, 32)}`, chat_id: message?.chat_id ?? groupOf(ctx).chatId, recall_time: String(ctx.now), recall_type: 'message_owner' };
  },
  'im.message.reaction.created_v1': (ctx) => reaction(ctx),
  'im.message.reaction.deleted_v1': (ctx) => reaction(ctx),
  'im.chat.member.user.added_v1': (ctx) => members(ctx),
  'im.chat.member.user.deleted_v1': (ctx) => members(ctx),
  'im.chat.member.user.withdrawn_v1': (ctx) => members(ctx),
  'im.chat.member.bot.added_v1': (ctx) => chatFacts(ctx, groupOf(ctx)),
  'im.chat.member.bot.deleted_v1': (ctx) => chatFacts(ctx, groupOf(ctx)),
  'im.chat.disbanded_v1': (ctx) => chatFacts(ctx, groupOf(ctx)),
  'im.chat.updated_v1': (ctx) => {
    const chat = groupOf(ctx);
    const { chat_id, operator_id, operator_tenant_key, external } = chatFacts(ctx, chat);
    return { chat_id, operator_id, operator_tenant_key, external, before_change: { name: chat.name, description: chat.description }, after_change: { name: `${chat.name} (renamed)`, description: chat.description } };
  },
  'card.action.trigger': (ctx) => {
    const chat = groupOf(ctx);
    const user = userIn(ctx, chat);
    const message = latestMessage(ctx);
    return {
      operator: { tenant_key: ctx.dataset.tenantKey, ...userIdOf(user) },
      token: `c-${ctx.eventId.slice(0, 32)}`,
      action: { tag: 'button', value: { action: 'click' } },
      host: 'im_message',
      context: { open_message_id: message?.message_id ?? `om_${ctx.eventId.slice(0, 32)}`, open_chat_id: message?.chat_id ?? chat.chatId },
    };
  },
};

function reaction(ctx: EnvelopeContext): Json {
  const chat = groupOf(ctx);
  const user = userIn(ctx, chat);
  return { message_id: latestMessage(ctx)?.message_id ?? `om_${ctx.eventId.slice(0, 32)}`, reaction_type: { emoji_type: 'THUMBSUP' }, operator_type: 'user', user_id: userIdOf(user), action_time: String(ctx.now) };
}

function members(ctx: EnvelopeContext): Json {
  const chat = groupOf(ctx);
  const user = userIn(ctx, chat);
  return { ...chatFacts(ctx, chat), users: [{ name: user.name, tenant_key: ctx.dataset.tenantKey, user_id: userIdOf(user) }] };
}

/** The schema 2.0 header of an event. */
export function headerOf(eventType: string, ctx: EnvelopeContext): Json {
  return { event_id: ctx.eventId, event_type: eventType, create_time: String(ctx.now), token: ctx.verificationToken ?? '', app_id: ctx.appId, tenant_key: ctx.dataset.tenantKey };
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `base` with `patch` laid over it: objects merged key by key, anything else replaced. */
export function mergeDeep(base: Json, patch: unknown): Json {
  if (!isObject(patch)) return base;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue;
    out[key] = isObject(value) && isObject(out[key]) ? mergeDeep(out[key] as Json, value) : value;
  }
  return out;
}
