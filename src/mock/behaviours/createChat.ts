// createChat: a new group (or topic) chat with its owner, its users, the calling bot and the listed
// bots, added to the mock's dataset so every chat endpoint sees it; answered as getChat answers the
// chat, with its chat_id. Any unusable id fails the whole request (232043; no partial lists, §12 #13);
// uuid (+ owner_id) deduplicates for 10 hours. Created chats are bounded: the oldest created go first.
import { botAppId, memberOf } from './actors.js';
import { idOf } from './chat-access.js';
import type { Behaviour } from './context.js';
import { getChat } from './getChat.js';
import type { MockChat } from '../data.js';
import { BoundedStore } from '../bounded-store.js';

/** How long a uuid deduplicates (DH-CHATCREATE: 10 hours), how many are remembered, and how many created chats are kept. */
const DEDUP_MS = 10 * 60 * 60 * 1000;
const UUIDS = { maxEntries: 10_000, maxBytes: 16 * 2 ** 20 } as const;
const CREATED = 2_000;

/** Body fields getChat answers as the chat's settings (the rest are members, names and SDK-only fields stored as given). */
const SETTINGS = ['group_message_type', 'join_message_visibility', 'leave_message_visibility', 'membership_approval', 'restricted_mode_setting', 'urgent_setting', 'video_conference_setting', 'edit_permission', 'hide_member_count_setting', 'labels', 'toolkit_ids', 'pin_manage_setting'];
/** What createChat answers that getChat has and the create page does not. */
const NOT_ON_CREATE = ['user_manager_id_list', 'bot_manager_id_list', 'user_count', 'bot_count', 'chat_status'];

interface ChatsState {
  byUuid: BoundedStore<string, { data: unknown; until: number }>;
  created: string[];
  seq: number;
}
const states = new WeakMap<object, ChatsState>();

export const createChat: Behaviour = (request, mock) => {
  const { query, body, caller, logId } = request;
  const who = caller!;
  const b = (body ?? {}) as Record<string, any>;
  const now = mock.now();
  const state: ChatsState = states.get(mock.dataset) ?? { byUuid: new BoundedStore(UUIDS), created: [], seq: 0 };
  states.set(mock.dataset, state);
  const uuidKey = typeof query.uuid === 'string' && query.uuid !== '' ? `${who.kind === 'bot' ? 'bot' : who.openId}|${query.uuid}|${b.owner_id ?? ''}` : undefined;
  const again = uuidKey && state.byUuid.get(uuidKey);
  if (again && again.until > now) return { status: 200, body: { code: 0, msg: 'success', data: again.data } };

  const idType = (query.user_id_type as string | undefined) ?? 'open_id';
  const people = mock.dataset.users.filter((u) => !u.isBot);
  const unusable: string[] = [];
  const userOf = (id: string) => {
    const user = people.find((u) => idOf(u, idType) === id);
    if (!user || user.invisible) unusable.push(id);
    return user;
  };
  const owner = b.owner_id === undefined ? undefined : userOf(b.owner_id);
  const users = ((b.user_id_list ?? []) as string[]).map(userOf);
  if (unusable.length) return mock.fail('unavailableIds', logId, {}, `unavailable ids: ${unusable.slice(0, 10).join(', ')}`);
  const resigned = [owner, ...users].find((u) => u?.resigned);
  if (resigned) return mock.fail('chatUserResigned', logId, {}, idOf(resigned, idType));
  const bots = ((b.bot_id_list ?? []) as string[]).map((appId) => ({ appId, bot: mock.dataset.users.find((u) => u.isBot && u.appId === appId) }));
  const missingBot = bots.find((x) => !x.bot);
  if (missingBot) return mock.fail('botNotFound', logId, {}, missingBot.appId);
  const chatType = b.chat_type ?? 'private';
  if (chatType === 'public' && (b.name === undefined || b.name === '')) return mock.fail('publicNameMissing', logId);
  if (chatType === 'public' && [...(b.name as string)].length < 2) return mock.fail('publicNameTooShort', logId);

  const me = memberOf(who, mock.dataset);
  // The calling bot joins whatever the lists say (listing it too is harmless); a user caller joins as the default owner.
  const ownerId = owner?.openId ?? me;
  const botMembers = bots.map((x) => x.bot!.openId);
  if (who.kind === 'bot') botMembers.unshift(me);
  const members = [...new Set([ownerId, ...users.map((u) => u!.openId), ...(who.kind === 'user' ? [me] : []), ...botMembers])];
  state.seq += 1;
  const chatId = `oc_${(0xc7000000 + state.seq).toString(16)}${now.toString(16).padStart(24, '0')}`;
  const settings: Record<string, unknown> = {};
  for (const key of SETTINGS) if (b[key] !== undefined) settings[key] = b[key];
  if (query.set_bot_manager === true && who.kind === 'bot' && owner) settings.bot_manager_id_list = [botAppId(mock)];
  const seconds = Math.floor(now / 1000);
  const chat: MockChat = {
    chatId,
    name: b.name ?? (chatType === 'private' ? '(无主题)' : ''),
    i18nNames: b.i18n_names ?? {},
    description: b.description ?? '',
    avatar: `https://s1-imfile.feishucdn.com/static-resource/v1/${typeof b.avatar === 'string' && b.avatar !== '' ? encodeURIComponent(b.avatar.slice(0, 200)) : 'default-avatar'}~?image_size=100x100`,
    ownerOpenId: ownerId,
    external: b.external === true,
    status: 'normal',
    mode: b.chat_mode === 'topic' ? 'topic' : 'group',
    public: chatType === 'public',
    labels: Array.isArray(b.labels) ? b.labels : [],
    members,
    joinedAt: members.map(() => seconds),
    createdAt: seconds,
    activeAt: seconds,
    settings,
  };
  mock.dataset.chats.push(chat);
  state.created.push(chatId);
  while (state.created.length > CREATED) {
    const oldest = state.created.shift()!;
    const at = mock.dataset.chats.findIndex((c) => c.chatId === oldest);
    if (at >= 0) mock.dataset.chats.splice(at, 1);
  }

  const got = getChat({ ...request, pathParams: { chat_id: chatId }, query: { user_id_type: idType } }, mock).body as { data: Record<string, unknown> };
  const data: Record<string, unknown> = { chat_id: chatId, ...got.data };
  for (const key of NOT_ON_CREATE) delete data[key];
  if (uuidKey) {
    state.byUuid.dropOldestWhile(({ until }) => until <= now);
    state.byUuid.set(uuidKey, { data, until: now + DEDUP_MS });
  }
  if (who.kind === 'bot') mock.emitPlatformEvent('im.chat.member.bot.added_v1', { chat_id: chatId, operator_id: { open_id: me }, external: chat.external, operator_tenant_key: mock.dataset.tenantKey, name: chat.name, i18n_names: chat.i18nNames });
  return { status: 200, body: { code: 0, msg: 'success', data } };
};

// A create with a uuid while another with the same uuid (by the same caller) is in flight: 232068
// "being created". Keyed without owner_id, which is in the body (not yet read when a request begins).
createChat.concurrency = {
  key: (_pathParams, caller, search) => (caller && search.get('uuid') ? `create ${caller.kind === 'bot' ? 'bot' : caller.openId} ${search.get('uuid')}` : undefined),
  error: 'chatBeingCreated',
};
