import { getTenantAccessToken } from '../../generated/request-examples.js';

/** A person or bot of the mock tenant. */
export interface MockUser {
  /** The user's open_id (ou_…); bots have an open_id too. */
  openId: string;
  unionId: string;
  userId: string;
  name: string;
  isBot?: boolean;
  /** A bot's app id (cli_…): how messages it sends name their sender. */
  appId?: string;
  /** A person's email, a createMessage recipient kind (receive_id_type=email). */
  email?: string;
  /** A person who has resigned: addChatMembers skips them into invalid_id_list, createChat refuses them (232022). */
  resigned?: boolean;
  /** A person outside the app's availability range: addChatMembers refuses (232024) or lists them. */
  invisible?: boolean;
}

/** A chat of the mock tenant, with what the list and search endpoints answer about it. */
export interface MockChat {
  chatId: string;
  name: string;
  i18nNames: { zh_cn?: string; en_us?: string; ja_jp?: string };
  description: string;
  avatar: string;
  /** open_id of the owner; a bot owner is omitted from answers, as the platform does. */
  ownerOpenId: string;
  external: boolean;
  status: 'normal' | 'dissolved' | 'dissolved_save';
  mode: 'group' | 'topic' | 'p2p';
  /** Public groups are visible to search for non-members. */
  public: boolean;
  labels: string[];
  /** open_ids of the members, people and bots, in the order they joined. */
  members: string[];
  /**
   * When each member joined (seconds, parallel to `members`); members with the same time joined
   * together. Absent: each joined after the one before.
   */
  joinedAt?: number[];
  createdAt: number;
  activeAt: number;
  /**
   * Settings the chat was created with (createChat's body fields, set_bot_manager's manager): getChat
   * answers them over its defaults, and addChatMembers honours `add_member_permission` and
   * `membership_approval`.
   */
  settings?: Record<string, unknown>;
  /** A member cap the tenant's admin set for this chat, below the platform's: addChatMembers answers 232044 past it. */
  adminMemberLimit?: number;
}

/** The chats, users and memberships a mock serves. */
export interface MockDataset {
  tenantKey: string;
  users: MockUser[];
  chats: MockChat[];
}

// Deterministic pseudo-random numbers (mulberry32): the demo is the same on every machine.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hex = (n: number, len: number) => n.toString(16).padStart(len, '0').slice(-len);

const PEOPLE: [string, string][] = [
  ['张伟', 'Zhang Wei'], ['王芳', 'Wang Fang'], ['李娜', 'Li Na'], ['刘洋', 'Liu Yang'], ['陈静', 'Chen Jing'],
  ['杨磊', 'Yang Lei'], ['赵敏', 'Zhao Min'], ['黄强', 'Huang Qiang'], ['周杰', 'Zhou Jie'], ['吴婷', 'Wu Ting'],
  ['佐藤 健', 'Sato Ken'], ['鈴木 花子', 'Suzuki Hanako'], ['Alice Martin', 'Alice Martin'], ['Bob Smith', 'Bob Smith'],
];
const TOPICS: [string, string, string][] = [
  ['产品设计', 'Product design', 'プロダクトデザイン'], ['前端开发', 'Frontend', 'フロントエンド'], ['后端服务', 'Backend services', 'バックエンド'],
  ['发布列车', 'Release train', 'リリース'], ['市场推广', 'Marketing', 'マーケティング'], ['客户成功', 'Customer success', 'カスタマーサクセス'],
  ['数据平台', 'Data platform', 'データ基盤'], ['安全响应', 'Security response', 'セキュリティ対応'], ['招聘', 'Hiring', '採用'],
  ['周会', 'Weekly sync', '週次ミーティング'], ['飞书团队', 'Feishu Team', 'Feishu チーム'], ['午餐俱乐部', 'Lunch club', 'ランチ部'],
];

/**
 * The default demo tenant: a few hundred chats named in Chinese, English and Japanese — groups,
 * topic chats and p2p chats, external and dissolved ones, several owners (one a bot).
 */
export function demoDataset(chatCount = 300, seed = 20241121): MockDataset {
  const random = rng(seed);
  const users: MockUser[] = PEOPLE.map(([zh, en], i) => ({
    openId: `ou_${hex(0x1000 + i, 32)}`,
    unionId: `on_${hex(0x2000 + i, 32)}`,
    userId: `${hex(0x3000 + i, 8)}`,
    name: i % 2 ? en : zh,
    email: `${en.toLowerCase().replace(/\s+/g, '.')}@example.com`,
  }));
  const bot: MockUser = { openId: 'ou_b0000000000000000000000000000001', unionId: 'on_b0000000000000000000000000000001', userId: 'bot', name: 'Demo bot 演示机器人', isBot: true, appId: demoApp.appId };
  // Another app's bot, in some groups: chats have bot members besides the caller's own.
  const otherBot: MockUser = { openId: 'ou_b0000000000000000000000000000002', unionId: 'on_b0000000000000000000000000000002', userId: 'bot2', name: 'Standup bot 站会机器人', isBot: true, appId: 'cli_a1b2c3d4e5f60002' };
  users.push(bot, otherBot);
  const humans = users.filter((u) => !u.isBot);
  const chats: MockChat[] = [];
  const base = Date.UTC(2024, 0, 1) / 1000;
  for (let i = 0; i < chatCount; i++) {
    const p2p = i % 10 === 9;
    const owner = i % 17 === 0 ? bot : humans[Math.floor(random() * humans.length)]!;
    const members = new Set<string>([owner.openId]);
    if (p2p) members.add(humans[(i + 3) % humans.length]!.openId);
    else for (let k = 0; k < 2 + Math.floor(random() * 5); k++) members.add(humans[Math.floor(random() * humans.length)]!.openId);
    // The app's bot is in most groups, never in p2p chats between people.
    if (!p2p && i % 5 !== 4) members.add(bot.openId);
    if (!p2p && i % 4 === 1) members.add(otherBot.openId);
    const [zh, en, ja] = TOPICS[i % TOPICS.length]!;
    const n = Math.floor(i / TOPICS.length) + 1;
    const peer = users.find((u) => u.openId === [...members].find((m) => m !== owner.openId));
    const name = p2p ? `${peer?.name ?? owner.name}` : [`${zh} ${n}`, `${en} ${n}`, `${ja} ${n}`][i % 3]!;
    chats.push({
      chatId: `oc_${hex(0xc0000 + i * 7919, 32)}`,
      name,
      i18nNames: p2p ? {} : { zh_cn: `${zh} ${n}`, en_us: `${en} ${n}`, ...(i % 4 ? { ja_jp: `${ja} ${n}` } : {}) },
      description: p2p ? '' : `${en} group #${n}`,
      avatar: `https://s1-imfile.feishucdn.com/static-resource/v1/v2_${hex(i, 8)}-0000-0000-0000-000000000000~?image_size=72x72`,
      ownerOpenId: owner.openId,
      external: !p2p && i % 13 === 0,
      status: i % 29 === 0 ? 'dissolved' : i % 31 === 0 ? 'dissolved_save' : 'normal',
      mode: p2p ? 'p2p' : i % 7 === 0 ? 'topic' : 'group',
      public: !p2p && i % 3 === 0,
      labels: i % 11 === 0 ? ['demo'] : [],
      members: [...members],
      // The owner first; then members join in pairs (two joined at the same moment).
      joinedAt: [...members].map((_, k) => base + i * 3600 + 60 * Math.ceil(k / 2)),
      createdAt: base + i * 3600,
      activeAt: base + Math.floor(random() * 300 * 86400),
    });
  }
  return { tenantKey: '736588c9260f175e', users, chats };
}

const tokenExample = getTenantAccessToken.body.demo as { app_id: string; app_secret: string };
/**
 * App credentials the demo mock accepts: the token endpoint's documented example (spec/, via
 * generated/request-examples.js), so that the example request succeeds. Not a secret: it exists only
 * in this package.
 */
export const demoApp = Object.freeze({ appId: tokenExample.app_id, appSecret: tokenExample.app_secret });
/** A user access token the demo mock accepts, standing for the first demo user (p2p chats need one). */
export const demoUserToken = 'u-demo-user-access-token';
