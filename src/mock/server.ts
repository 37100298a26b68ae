import { createHmac, randomBytes } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { errorCodes, queryFacts, rateLimitOf, type ErrorCodeName } from '../contract-facts.js';
import { validate } from '../validators/index.js';
import { MAX_BODY_BYTES, serveFetchHandler } from './http.js';
import { readCapped } from '../read-capped.js';
import { demoApp, demoDataset, demoUserToken, type MockChat, type MockDataset, type MockUser } from './data.js';

/** Options of {@link createMockFeishu}. Every one has a demo default. */
export interface MockFeishuOptions {
  /** App credentials the token endpoint accepts (default {@link demoApp}). */
  app?: { appId: string; appSecret: string };
  /** The tenant's chats, users and memberships (default: {@link demoDataset}). */
  dataset?: MockDataset;
  /** User access tokens the mock accepts, mapped to the user's open_id (default: the demo user token → the first user). */
  userTokens?: Record<string, string>;
  /** Requests per second per token before 429 + rateLimited (default: the operation's documented x-rate-limit). */
  rateLimitPerSecond?: number;
  /** Lifetime of issued tenant tokens in seconds (default 7200). */
  tokenTtlSeconds?: number;
  /** The clock, in milliseconds (default Date.now): tests move time to expire tokens. */
  now?: () => number;
}

/** A running mock's mutable state, for tests that inspect or change it. */
export interface MockFeishuState {
  dataset: MockDataset;
  /** Issued tenant tokens and when they expire (ms). */
  tenantTokens: Map<string, number>;
  userTokens: Map<string, string>;
  /** How many requests the mock has answered, per known path; unknown paths count under "(other)". */
  requests: Map<string, number>;
}

/** The mock: a fetch-compatible handler, and a way to serve it over loopback HTTP. */
export interface MockFeishu {
  /** Answers a Request as Feishu would; usable as the client's `fetch`, with no socket. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Serves the same handler on 127.0.0.1 (port 0 = any free port). */
  listen: (port?: number) => Promise<{ url: string; close: () => Promise<void> }>;
  state: MockFeishuState;
}

const LIST = '/open-apis/im/v1/chats';
const SEARCH = '/open-apis/im/v1/chats/search';
const TOKEN = '/open-apis/auth/v3/tenant_access_token/internal';

/** Longer query strings are refused (the chat endpoints' parameters fit in about 1.2 KB). */
const MAX_QUERY_CHARS = 8 * 1024;

type Caller = { kind: 'bot' } | { kind: 'user'; openId: string };

/** Creates an in-memory Feishu for the chat-list endpoints and the tenant token endpoint. */
export function createMockFeishu(options: MockFeishuOptions = {}): MockFeishu {
  const app = options.app ?? demoApp;
  const dataset = options.dataset ?? demoDataset();
  const now = options.now ?? Date.now;
  const limit = options.rateLimitPerSecond ?? rateLimitOf('listChats')!.perSecond!;
  const ttl = options.tokenTtlSeconds ?? 7200;
  const firstHuman = dataset.users.find((u) => !u.isBot);
  const state: MockFeishuState = {
    dataset,
    tenantTokens: new Map(),
    userTokens: new Map(Object.entries(options.userTokens ?? (firstHuman ? { [demoUserToken]: firstHuman.openId } : {}))),
    requests: new Map(),
  };
  const pageSecret = randomBytes(16);
  const windows = new Map<string, { second: number; count: number }>();
  const botOpenId = dataset.users.find((u) => u.isBot)?.openId;
  let logSeq = 0;

  function logId() {
    logSeq += 1;
    return `${new Date(now()).toISOString().replace(/\D/g, '').slice(0, 14)}${logSeq.toString(16).toUpperCase().padStart(20, '0')}`;
  }

  function json(status: number, body: unknown, id: string, headers: Record<string, string> = {}) {
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'x-tt-logid': id, ...headers } });
  }
  /** An error answer for a documented code: its status and message come from the contract. */
  function fail(name: ErrorCodeName, id: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}, detail?: string) {
    const { code, httpStatus, msg, meaning } = errorCodes[name];
    return json(httpStatus, { code, msg: detail ? `${msg ?? meaning} (${detail})` : msg ?? meaning, error: { log_id: id, ...extra } }, id, headers);
  }
  /** Errors outside the chat contract (token endpoint, unknown paths) carry their own code and words. */
  function failOther(status: number, code: number, msg: string, id: string) {
    return json(status, { code, msg, error: { log_id: id } }, id);
  }

  function authenticate(request: Request, id: string): Caller | Response {
    const header = request.headers.get('authorization');
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return fail('tokenMissing', id);
    if (token.startsWith('t-')) {
      const expires = state.tenantTokens.get(token);
      if (expires === undefined || expires <= now()) return fail('tenantTokenInvalid', id);
      return { kind: 'bot' };
    }
    if (token.startsWith('u-')) {
      const openId = state.userTokens.get(token);
      if (!openId) return fail('userTokenInvalid', id);
      return { kind: 'user', openId };
    }
    return fail('tokenFormatInvalid', id);
  }

  function rateLimited(token: string, id: string): Response | undefined {
    const t = now();
    const second = Math.floor(t / 1000);
    const w = windows.get(token);
    if (!w || w.second !== second) {
      windows.set(token, { second, count: 1 });
      return undefined;
    }
    w.count += 1;
    if (w.count <= limit) return undefined;
    const reset = Math.max(1, Math.ceil(((second + 1) * 1000 - t) / 1000));
    return fail('rateLimited', id, {}, { 'x-ogw-ratelimit-limit': String(limit), 'x-ogw-ratelimit-reset': String(reset) });
  }

  /** Query string → the typed query object, keeping only parameters the operation knows. */
  function parseQuery(url: URL, known: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of known) {
      const value = url.searchParams.get(name);
      if (value === null) continue;
      if (name === 'page_size') out[name] = /^-?\d+$/.test(value) ? Number(value) : value;
      else if (name === 'types') out[name] = value.split(',').map((s) => s.trim());
      else out[name] = value;
    }
    return out;
  }

  function invalidParameter(errors: { path: string; message: string }[], id: string) {
    return fail('invalidParameter', id, {
      field_violations: errors.map((e) => ({ field: e.path.split('/')[1] ?? '', description: e.message })),
    });
  }

  function pageToken(offset: number, fingerprint: string): string {
    const payload = Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url');
    const mac = createHmac('sha256', pageSecret).update(payload).digest('base64url').slice(0, 16);
    return `${payload}.${mac}`;
  }
  function readPageToken(token: string, fingerprint: string): number | undefined {
    const [payload, mac] = token.split('.');
    if (!payload || !mac || createHmac('sha256', pageSecret).update(payload).digest('base64url').slice(0, 16) !== mac) return undefined;
    try {
      const { o, f } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return f === fingerprint && Number.isInteger(o) && o >= 0 ? o : undefined;
    } catch {
      return undefined;
    }
  }

  function ownerFields(chat: MockChat, idType: string) {
    const owner = dataset.users.find((u) => u.openId === chat.ownerOpenId);
    // The platform omits owner_id and owner_id_type when the owner is a bot.
    if (!owner || owner.isBot) return {};
    const id = idType === 'user_id' ? owner.userId : idType === 'union_id' ? owner.unionId : owner.openId;
    return { owner_id: id, owner_id_type: idType };
  }

  function toItem(chat: MockChat, idType: string, caller: Caller) {
    const item: Record<string, unknown> = {
      chat_id: chat.chatId,
      avatar: chat.avatar,
      name: chat.name,
      description: chat.description,
      ...ownerFields(chat, idType),
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

  function isMember(chat: MockChat, caller: Caller) {
    return chat.members.includes(caller.kind === 'bot' ? botOpenId ?? '' : caller.openId);
  }

  function page(operationId: 'listChats' | 'searchChats', chats: MockChat[], query: Record<string, unknown>, fingerprint: string, caller: Caller, id: string) {
    const defaults = queryFacts(operationId);
    const size = (query.page_size as number | undefined) ?? (defaults.page_size!.default as number);
    let offset = 0;
    if (typeof query.page_token === 'string' && query.page_token !== '') {
      const decoded = readPageToken(query.page_token, fingerprint);
      if (decoded === undefined) return invalidParameter([{ path: '/page_token', message: 'page_token was not issued for this query' }], id);
      offset = decoded;
    }
    const slice = chats.slice(offset, offset + size);
    const hasMore = offset + size < chats.length;
    const idType = (query.user_id_type as string | undefined) ?? (defaults.user_id_type!.default as string);
    return json(200, {
      code: 0,
      msg: 'success',
      data: { items: slice.map((c) => toItem(c, idType, caller)), page_token: hasMore ? pageToken(offset + size, fingerprint) : '', has_more: hasMore },
    }, id);
  }

  /**
   * The result list a pagination walks: computed on its first page and reused by the pages that
   * follow (their page_token names it), so paging is a consistent snapshot and a 100-page walk
   * does not filter and sort the whole tenant 100 times. A first page always recomputes, so
   * changes to the dataset show from the next pagination on.
   */
  const snapshots = new Map<string, MockChat[]>();
  function snapshot(fingerprint: string, caller: Caller, query: Record<string, unknown>, compute: () => MockChat[]): MockChat[] {
    const key = `${fingerprint}|${caller.kind === 'bot' ? 'bot' : caller.openId}`;
    const continuing = typeof query.page_token === 'string' && query.page_token !== '';
    const cached = continuing ? snapshots.get(key) : undefined;
    if (cached) return cached;
    const fresh = compute();
    snapshots.delete(key);
    snapshots.set(key, fresh);
    if (snapshots.size > 64) snapshots.delete(snapshots.keys().next().value!);
    return fresh;
  }

  function list(url: URL, caller: Caller, id: string) {
    const query = parseQuery(url, ['user_id_type', 'sort_type', 'page_token', 'page_size', 'types']);
    const check = validate('listChats.query', query);
    if (!check.valid) return invalidParameter(check.errors, id);
    const types = new Set((query.types as string[] | undefined) ?? ['group']);
    const fingerprint = `list:${[...types].sort().join(',')}:${query.sort_type ?? ''}`;
    const chats = snapshot(fingerprint, caller, query, () => {
      // p2p chats are listed for user tokens only; a bot has no p2p chats to list.
      const wanted = (c: MockChat) => (c.mode === 'p2p' ? types.has('p2p') && caller.kind === 'user' : types.has('group'));
      const found = dataset.chats.filter((c) => isMember(c, caller) && wanted(c));
      const sortType = query.sort_type ?? queryFacts('listChats').sort_type!.default;
      if (sortType === 'ByActiveTimeDesc') found.sort((a, b) => b.activeAt - a.activeAt || a.chatId.localeCompare(b.chatId));
      else found.sort((a, b) => a.createdAt - b.createdAt || a.chatId.localeCompare(b.chatId));
      return found;
    });
    return page('listChats', chats, query, fingerprint, caller, id);
  }

  function search(url: URL, caller: Caller, id: string) {
    const query = parseQuery(url, ['user_id_type', 'query', 'page_token', 'page_size']);
    const check = validate('searchChats.query', query);
    if (!check.valid) return invalidParameter(check.errors, id);
    const keyword = normalizeKeyword((query.query as string | undefined) ?? '');
    const cutoff = queryFacts('searchChats').query!.emptyResultAboveLength!;
    const chats = snapshot(`search:${keyword}`, caller, query, () =>
      keyword === '' || [...keyword].length > cutoff
        ? []
        : dataset.chats.filter((c) => c.mode !== 'p2p' && (isMember(c, caller) || c.public) && matches(c, keyword, dataset.users)),
    );
    return page('searchChats', chats, query, `search:${keyword}`, caller, id);
  }

  async function token(request: Request, id: string) {
    if (request.method !== 'POST') return failOther(404, 404, 'Not Found: use POST.', id);
    const text = await readLimited(request);
    if (text === undefined) return failOther(400, 10003, 'invalid param: body too large', id);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return failOther(400, 10003, 'invalid param: the body is not JSON', id);
    }
    const check = validate('getTenantAccessToken.body', body);
    if (!check.valid) return failOther(400, 10003, `invalid param: ${check.errors.map((e) => e.message).join('; ')}`, id);
    const { app_id, app_secret } = body as { app_id: string; app_secret: string };
    if (app_id !== app.appId) return failOther(400, 10003, 'invalid param: app_id not found', id);
    if (app_secret !== app.appSecret) return failOther(400, 10014, 'app secret invalid', id);
    // Forget expired tokens and their rate windows, so that a long-running mock stays flat in memory.
    for (const [t, expires] of state.tenantTokens) if (expires <= now()) state.tenantTokens.delete(t);
    for (const [key, w] of windows) if (w.second < Math.floor(now() / 1000)) windows.delete(key);
    // As the platform does (its token page): while the newest token has 30 minutes or more left,
    // the endpoint answers that same token with its remaining lifetime; below that, a new one
    // (both stay valid). This also keeps a busy mock from piling up tokens.
    const newest = [...state.tenantTokens].at(-1);
    if (newest && newest[1] - now() >= Math.min(30 * 60, ttl / 2) * 1000) {
      return json(200, { code: 0, msg: 'ok', tenant_access_token: newest[0], expire: Math.floor((newest[1] - now()) / 1000) }, id);
    }
    const issued = `t-${randomBytes(20).toString('hex')}`;
    state.tenantTokens.set(issued, now() + ttl * 1000);
    return json(200, { code: 0, msg: 'ok', tenant_access_token: issued, expire: ttl }, id);
  }

  async function handle(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const id = logId();
    try {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      const url = new URL(request.url);
      if (url.search.length > MAX_QUERY_CHARS) {
        return fail('invalidParameter', id, { field_violations: [{ field: 'query', description: `query string longer than ${MAX_QUERY_CHARS} characters` }] });
      }
      // Unknown paths share one counter, so that random paths cannot grow the map.
      const counted = url.pathname === LIST || url.pathname === SEARCH || url.pathname === TOKEN ? url.pathname : '(other)';
      state.requests.set(counted, (state.requests.get(counted) ?? 0) + 1);
      if (url.pathname === TOKEN) return await token(request, id);
      if (url.pathname !== LIST && url.pathname !== SEARCH) return failOther(404, 404, `Not Found: ${url.pathname}`, id);
      if (request.method !== 'GET') return failOther(404, 404, `Not Found: ${request.method} ${url.pathname}`, id);
      const caller = authenticate(request, id);
      if (caller instanceof Response) return caller;
      const limited = rateLimited(request.headers.get('authorization')!, id);
      if (limited) return limited;
      return url.pathname === LIST ? list(url, caller, id) : search(url, caller, id);
    } catch (error) {
      // Bad input must never become a 500: anything unexpected is reported as a bad request.
      return fail('invalidParameter', id, {}, {}, (error as Error).message);
    }
  }

  return {
    fetch: handle,
    state,
    listen: (port = 0) => serveFetchHandler(handle, port),
  };
}

async function readLimited(request: Request): Promise<string | undefined> {
  const bytes = await readCapped(request.body, MAX_BODY_BYTES);
  return bytes && new TextDecoder().decode(bytes);
}

/** Strips the double quotes the docs ask for around keywords with "-", and folds case and width. */
function normalizeKeyword(raw: string): string {
  const trimmed = raw.trim();
  const unquoted = /^["“].*["”]$/.test(trimmed) && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
  return unquoted.normalize('NFKC').toLowerCase();
}

const pinyinCache = new Map<string, string[]>();
/** The forms a name can be found by: itself, its pinyin, and its pinyin initials (all lower case). */
function searchForms(name: string): string[] {
  let forms = pinyinCache.get(name);
  if (!forms) {
    const lower = name.normalize('NFKC').toLowerCase();
    const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').replace(/\s+/g, '').toLowerCase();
    const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
    forms = [lower, lower.replace(/\s+/g, ''), full, initials].filter(Boolean);
    pinyinCache.set(name, forms);
  }
  return forms;
}

function matches(chat: MockChat, keyword: string, users: MockUser[]): boolean {
  const compact = keyword.replace(/\s+/g, '');
  const names = [chat.name, ...Object.values(chat.i18nNames), ...users.filter((u) => chat.members.includes(u.openId)).map((u) => u.name)];
  return names.some((n) => n && searchForms(n).some((form) => form.includes(keyword) || form.startsWith(compact)));
}
