// addChatMembers: users (ids of member_id_type) or bots (app ids) into a group or topic chat, with
// the documented succeed_type semantics — 0 fails on unknown (9999235x by id kind) or invisible
// (232024) ids and skips resigned ones, 1 adds what it can and lists the rest, 2 fails on any
// (232043) — the per-call caps, the chat's size cap (232013, or 232044 for an admin's lower cap),
// approval-required chats (pending list) and owner-only chats (232017).
// Each added user is announced as im.chat.member.user.added_v1, the app's bot as bot.added_v1.
import type { ErrorCodeName } from '../../contract-facts.js';
import type { MockUser } from '../data.js';
import { botAppId, memberOf } from './actors.js';
import { chatById, idOf } from './chat-access.js';
import type { Behaviour } from './context.js';

/** Per-call and per-chat caps (DH-MEMBERS 使用限制), from the operation's x-limits. */
interface MemberLimits {
  usersPerCall: number;
  botsPerCall: number;
  botsPerChat: number;
  membersPerChat: Record<string, number>;
}
const NOT_EXISTED: Readonly<Record<string, ErrorCodeName>> = { open_id: 'openIdsNotExist', user_id: 'userIdsNotExist', union_id: 'unionIdsNotExist', app_id: 'unavailableIds' };

export const addChatMembers: Behaviour = ({ operation, pathParams, query, body, caller, logId }, mock) => {
  const who = caller!;
  const { usersPerCall: maxUsers, botsPerCall: maxBots, botsPerChat: maxBotsInChat, membersPerChat } = operation.limits as unknown as MemberLimits;
  const chat = chatById(mock.dataset, pathParams.chat_id!);
  if (!chat) return mock.fail('chatIdInvalid', logId);
  if (chat.status !== 'normal') return mock.fail('chatDissolved', logId);
  if (chat.mode === 'p2p') return mock.fail('chatTypeUnsupported', logId);
  const me = memberOf(who, mock.dataset);
  if (!chat.members.includes(me)) return mock.fail('operatorNotInChat', logId);
  const settings = chat.settings ?? {};
  const managers = (settings.bot_manager_id_list as string[] | undefined) ?? [];
  const isManager = me === chat.ownerOpenId || (who.kind === 'bot' && managers.includes(botAppId(mock)));
  if (settings.add_member_permission === 'only_owner' && !isManager) return mock.fail('addMemberForbidden', logId);

  const idType = (query.member_id_type as string | undefined) ?? 'open_id';
  const succeedType = (query.succeed_type as number | undefined) ?? 0;
  const ids = [...new Set((body as { id_list: string[] }).id_list)];
  const bots: MockUser[] = [];
  const users: MockUser[] = [];
  const notExisted: string[] = [];
  const resigned: string[] = [];
  const invisible: string[] = [];
  const wrongKind: string[] = [];
  for (const id of ids) {
    const asBot = idType === 'app_id' || (mock.rules.lenientMemberIds && id.startsWith('cli_'));
    if (asBot) {
      const bot = mock.dataset.users.find((u) => u.isBot && u.appId === id);
      if (bot) bots.push(bot);
      else notExisted.push(id);
      continue;
    }
    // One kind of id per call (§12 #16): an app id sent as a user id is refused whole.
    if (id.startsWith('cli_')) {
      wrongKind.push(id);
      continue;
    }
    const user = mock.dataset.users.find((u) => !u.isBot && idOf(u, idType) === id);
    if (!user) notExisted.push(id);
    else if (user.resigned) resigned.push(id);
    else if (user.invisible) invisible.push(id);
    else users.push(user);
  }
  if (wrongKind.length) return mock.fail('unavailableIds', logId, {}, `ids of another kind than member_id_type=${idType}: ${wrongKind.slice(0, 10).join(', ')}`);
  if (users.length + resigned.length + invisible.length > maxUsers || bots.length > maxBots) return mock.fail('invalidParameter', logId, { field_violations: [{ field: 'id_list', description: `at most ${maxUsers} users and ${maxBots} bots per request` }] });
  const botsInChat = chat.members.filter((m) => mock.dataset.users.some((u) => u.isBot && u.openId === m)).length;
  const newBots = bots.filter((b) => !chat.members.includes(b.openId));
  if (botsInChat + newBots.length > maxBotsInChat) return mock.fail('invalidParameter', logId, { field_violations: [{ field: 'id_list', description: `a chat holds at most ${maxBotsInChat} bots` }] });

  const bad = [...notExisted, ...invisible, ...resigned];
  if (succeedType === 2 && bad.length) return mock.fail('unavailableIds', logId, {}, `unavailable ids: ${bad.slice(0, 10).join(', ')}`);
  if (succeedType === 0 && notExisted.length) {
    const name = NOT_EXISTED[idType] ?? 'unavailableIds';
    return mock.fail(name, logId, {}, `[${notExisted.slice(0, 10).join(' ')}]`);
  }
  if (succeedType === 0 && invisible.length) return mock.fail('membersInvisible', logId, {}, invisible.slice(0, 10).join(', '));

  const joining = [...users, ...bots];
  const alreadyIn = joining.filter((u) => chat.members.includes(u.openId));
  const fresh = joining.filter((u) => !chat.members.includes(u.openId));
  if (fresh.length === 0 && alreadyIn.length === 0) return mock.fail('noValidMembers', logId);
  // The chat's size cap: the admin's, else the platform's for its kind (a meeting chat is tagged so).
  const platformCap = membersPerChat[settings.chat_tag === 'meeting' ? 'meeting' : chat.mode]!;
  const adminCap = chat.adminMemberLimit !== undefined && chat.adminMemberLimit < platformCap ? chat.adminMemberLimit : undefined;
  if (fresh.length > 0 && chat.members.length + fresh.length > (adminCap ?? platformCap)) {
    return mock.fail(adminCap === undefined ? 'chatMemberLimit' : 'adminMemberLimit', logId, {}, `the chat holds ${chat.members.length} of at most ${adminCap ?? platformCap} members`);
  }
  const needsApproval = settings.membership_approval === 'approval_required' && !isManager;
  const pending = needsApproval ? fresh.map((u) => (u.isBot ? u.appId! : idOf(u, idType))) : [];
  if (!needsApproval && fresh.length) {
    const seconds = Math.floor(mock.now() / 1000);
    chat.joinedAt ??= chat.members.map((_, i) => chat.createdAt + i);
    for (const u of fresh) {
      chat.members.push(u.openId);
      chat.joinedAt.push(seconds);
    }
    const operator = who.kind === 'user' ? mock.dataset.users.find((u) => u.openId === who.openId) : undefined;
    const common = { chat_id: chat.chatId, operator_id: operator ? { open_id: operator.openId, union_id: operator.unionId, user_id: operator.userId } : { open_id: me }, external: chat.external, operator_tenant_key: mock.dataset.tenantKey, name: chat.name, i18n_names: chat.i18nNames };
    const addedUsers = fresh.filter((u) => !u.isBot);
    if (addedUsers.length) mock.emitPlatformEvent('im.chat.member.user.added_v1', { ...common, users: addedUsers.map((u) => ({ name: u.name, tenant_key: mock.dataset.tenantKey, user_id: { open_id: u.openId, union_id: u.unionId, user_id: u.userId } })) });
    if (fresh.some((u) => u.isBot && u.appId === botAppId(mock))) mock.emitPlatformEvent('im.chat.member.bot.added_v1', common);
  }
  const data = {
    invalid_id_list: succeedType === 1 ? [...resigned, ...invisible] : resigned,
    not_existed_id_list: succeedType === 1 ? notExisted : [],
    pending_approval_id_list: pending,
  };
  return { status: 200, body: { code: 0, msg: 'success', data } };
};

// Concurrent calls on one chat: the second gets 232019 (DH-MEMBERS: "call serially").
addChatMembers.concurrency = { key: (pathParams) => `chat ${pathParams.chat_id}`, error: 'chatRateLimited' };
