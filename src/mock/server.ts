import { errorCodes, type ErrorCodeName } from '../contract-facts.js';
import { operations, type OperationErrorCode, type OperationInfo } from '../../generated/operations.js';
import { responseExamples } from '../../generated/response-examples.js';
import { readCapped } from '../read-capped.js';
import { validate, type SchemaId, type ValidationError } from '../validators/index.js';
import { MAX_AUTHORIZATION_CHARS, parseAuthorization } from './auth.js';
import { behaviours, type Behaviour, type Caller, type MockAnswer, type MockRuntime } from './behaviours/index.js';
import { MessageStore, type MockMessage } from './behaviours/message-store.js';
import { CardTokens } from './card-tokens.js';
import { readMultipart, type FormProblem, type ReceivedForm } from './multipart.js';
import { UploadStore } from './uploads.js';
import { BoundedStore } from './bounded-store.js';
import { createPaging } from './behaviours/paging.js';
import { demoApp, demoDataset, demoUserToken, type MockDataset } from './data.js';
import { seedExampleEntities, storeExampleState } from './example-entities.js';
import { MAX_BODY_BYTES, serveMock, type MockCore, type MockRequest, type MockRequestHead, type Served, type StreamedAnswer } from './http.js';
import { Readable } from 'node:stream';
import { parseQuery } from './query.js';
import { LongConnectionHub } from './longconn/hub.js';
import type { LongConnectionMock, LongConnectionMockOptions } from './longconn/types.js';
import { RateWindows, type RateLimit } from './rate-limit.js';
import { InFlight, type InFlightTicket } from './in-flight.js';
import { Routes } from './routes.js';
import { trackChanges } from './tracked.js';
import { bodyMediaTypes, queryKinds, type QueryKind } from './spec.js';
import { createEventSide, type MockEventApp, type MockEventSide } from './events/index.js';

/** Options of {@link createMockFeishu}. Every one has a demo default. */
export interface MockFeishuOptions {
  /**
   * The app: credentials the token endpoint accepts (default {@link demoApp}), and its event
   * subscription — Encrypt Key, Verification Token, event and card-action request URLs — as the
   * Developer Console holds them (see `mock.events`).
   */
  app?: { appId?: string; appSecret?: string } & MockEventApp;
  /** Delays between redeliveries of an unanswered event, ms (default the platform's 5 s, 5 min, 1 h, 6 h); `[]` = none. */
  retrySchedule?: readonly number[];
  /** How long the mock waits for an app's answer to an event or card action, ms (default 3,000, the platform's). */
  deliveryTimeoutMs?: number;
  /**
   * The tenant's chats, users and memberships (default: {@link demoDataset}). The mock serves it
   * through `mock.state.dataset`, a view that counts edits: edit the tenant there (every edit
   * shows in the next answer), not through this object (answers computed before are reused until
   * the next edit through the view).
   */
  dataset?: MockDataset;
  /** User access tokens the mock accepts, mapped to the user's open_id (default: the demo user token → the first user). */
  userTokens?: Record<string, string>;
  /**
   * Requests per second before 429 + rateLimited, for every operation that documents a limit
   * (default: each operation's own `x-rate-limit`). Setting it also lifts that operation's
   * per-minute limit to 60 times it, so that a raised limit is not capped by the documented minute.
   */
  rateLimitPerSecond?: number;
  /** Lifetime of issued tenant tokens in seconds (default 7200). */
  tokenTtlSeconds?: number;
  /** The clock, in milliseconds (default Date.now): tests move time to expire tokens. */
  now?: () => number;
  /** The message store's rules and bounds. */
  messages?: {
    /**
     * patchMessage refuses a card without `config.update_multi: true` (before or after) with 230001
     * instead of accepting it (the default: the platform documents no code for it; §12 #8).
     */
    strictUpdateMulti?: boolean;
    /** Messages kept (default 5 000) and their bytes (default 32 MiB); the oldest go first. */
    maxMessages?: number;
    maxBytes?: number;
  };
  /** Uses per card-callback token for updateCardByToken (default: the contract's Feishu figure, 2; Lark documents 3). */
  cardTokenUses?: number;
  /** addChatMembers accepts `cli_…` ids as bots whatever `member_id_type` says (default: refused with 232043; §12 #16). */
  lenientMemberIds?: boolean;
  /** Hears what the mock accepted although the platform may refuse it (e.g. a PATCH without update_multi). Default: nothing. */
  onWarning?: (message: string) => void;
  /**
   * Hears each request the mock holds in flight under a concurrency key (addChatMembers per chat,
   * reactions per message and operator) when its head arrives, before its body is read: tests of
   * concurrent requests wait on it.
   */
  onRequestBegin?: (operationId: string, key: string) => void;
  /** Hears every chunk of an upload's binary part as the mock's parser receives it (tests of streaming). */
  onUploadBytes?: (operationId: string, bytes: number) => void;
  /** The long connection: ACK timeout, redeliveries, split size, card frame type, ClientConfig, connection limit. */
  longConnection?: LongConnectionMockOptions;
}

/** A running mock's mutable state, for tests that inspect or change it. */
export interface MockFeishuState {
  /**
   * The tenant, as a view of the dataset given (or the demo's) that counts edits: change chats,
   * members and users here, at any depth (`state.dataset.chats[0].members.push(id)`), and the next
   * answer shows it. Nested objects read through it are views too (a `Proxy`: copy one with
   * `JSON.parse(JSON.stringify(…))`, as `structuredClone` refuses proxies).
   */
  dataset: MockDataset;
  /** Issued tenant tokens and when they expire (ms): at most 1,024 within 256 KB, the oldest forgotten first. */
  tenantTokens: BoundedStore<string, number>;
  userTokens: Map<string, string>;
  /** How many requests the mock has answered, per operation path template; unknown paths count under "(other)". */
  requests: Map<string, number>;
  /** The messages stored (sent, replied), oldest first; bounded (see MockFeishuOptions.messages); a copy per read. */
  readonly messages: readonly MockMessage[];
  /** The message store itself: recall, card updates and reactions for tests and the event source (INTERFACES §4). */
  messageStore: MessageStore;
  /** Card-callback tokens: `issue(messageId, appId)` gives the token a card.action.trigger callback carries. */
  cardTokens: CardTokens;
  /** What uploadImage and uploadFile stored (bounded in bytes and count). */
  uploads: UploadStore;
  /**
   * Called for each change the platform announces with an event (a member added, a reaction, a
   * recall): `eventType` (e.g. `im.chat.member.user.added_v1`) and the envelope's `event`. A no-op
   * until an event source is attached (INTERFACES §3).
   */
  emitPlatformEvent: (eventType: string, event: Record<string, unknown>) => void;
}

/** Options of {@link MockFeishu.listen}. */
export interface MockListenOptions {
  /** Asked first for requests that match no operation (e.g. a docs site); `undefined` = not its either. */
  fallback?: (request: Request) => Promise<Response | undefined>;
  /**
   * Longest time, in ms, a request may take to arrive (headers and body) before the mock answers
   * 408 and closes the connection (default 30 000, `REQUEST_TIMEOUT_MS` in src/mock/http.ts; Node's
   * own default is 300 s, which let a stalled body hold a socket for five minutes).
   */
  requestTimeoutMs?: number;
}

/** The mock: a fetch-compatible handler, and a way to serve it over loopback HTTP. */
export interface MockFeishu extends MockEventSide {
  /** Answers a Request as Feishu would; usable as the client's `fetch`, with no socket. */
  fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Serves the mock on 127.0.0.1 (port 0 = any free port), straight on node:http. */
  listen: (port?: number, options?: MockListenOptions) => Promise<{ url: string; close: () => Promise<void> }>;
  state: MockFeishuState;
  /** The long connection (长连接): its WebSocket is served by `listen()` at the URL the endpoint hands out. */
  longConnection: LongConnectionMock;
}

/** Longer query strings are refused (the chat endpoints' parameters fit in about 1.2 KB). */
const MAX_QUERY_CHARS = 8 * 1024;

/** What the mock works out once per operation, so that a request only looks it up. */
interface Prepared {
  operation: OperationInfo;
  kinds: Map<string, QueryKind>;
  invalid: OperationErrorCode;
  limit: RateLimit | undefined;
  behaviour: Behaviour | undefined;
  /** The spec's 200 example, serialized once, for operations without a behaviour. */
  example: string | undefined;
  /** The media types its body may be sent as (the spec's requestBody content); empty = not known. */
  mediaTypes: string[];
  /** Its query parameters that some token type may not ask for (x-token-restrictions). */
  restrictedQuery: [string, NonNullable<OperationInfo['query'][string]['tokenRestrictions']>][];
}

/**
 * The operation's invalid-parameter error: the code whose platform message or name says so,
 * the operation's own first (the token endpoint documents 10003 "invalid param" beside the
 * shared 232001).
 */
function invalidParameterOf(operation: OperationInfo): OperationErrorCode {
  const own = [...operation.errorCodes].reverse();
  return own.find((e) => e.invalidParameter) ?? own.find((e) => /^invalid param|invalid request parameter/i.test(e.msg ?? '')) ?? own.find((e) => e.name === 'invalidParameter') ?? { name: 'invalidParameter', ...errorCodes.invalidParameter };
}

/**
 * Why a body's Content-Type or Content-Encoding is refused, as a field violation: the platform takes
 * `application/json; charset=utf-8` (the spec's requestBody media types), uncompressed. A request
 * with no Content-Type at all is read as JSON.
 */
function refusedEncoding(request: MockRequest, mediaTypes: string[]): { field: string; description: string } | undefined {
  const type = request.contentType?.split(';')[0]!.trim().toLowerCase();
  if (type !== undefined && mediaTypes.length > 0 && !mediaTypes.includes(type)) {
    return { field: 'Content-Type', description: `Content-Type must be ${mediaTypes.map((t) => (t === 'application/json' ? 'application/json; charset=utf-8' : t)).join(' or ')} (got ${JSON.stringify(request.contentType!.slice(0, 100))})` };
  }
  const encoding = request.contentEncoding?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return { field: 'Content-Encoding', description: `Content-Encoding ${JSON.stringify(encoding.slice(0, 40))} is not accepted: send the body uncompressed` };
  }
  return undefined;
}

/** An answer's body as sent: text or bytes already serialized are kept, a value is serialized. */
function serialized(body: unknown): string | Uint8Array {
  return typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
}

/** The top-level field an error is about (the query parameter or body field). */
function fieldOf(error: ValidationError): string {
  return error.path.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
}

/** Creates an in-memory Feishu serving every operation of the contract. */
export function createMockFeishu(options: MockFeishuOptions = {}): MockFeishu {
  return mockFeishuFor(Object.values(operations) as OperationInfo[], responseExamples, options);
}

/**
 * The mock for a given operation table and its 200 examples (the generated ones in
 * {@link createMockFeishu}; tests pass a table with an operation the spec does not have yet).
 * @internal
 */
export function mockFeishuFor(table: readonly OperationInfo[], examples: Readonly<Record<string, Readonly<Record<string, unknown>>>>, options: MockFeishuOptions = {}): MockFeishu {
  const app = { appId: options.app?.appId ?? demoApp.appId, appSecret: options.app?.appSecret ?? demoApp.appSecret };
  // Every reader and writer (the behaviours, the event source, tests through mock.state) goes
  // through one view of the dataset that counts edits, so that answers computed from it are reused
  // until the next edit (see tracked.ts).
  const tracked = trackChanges(options.dataset ?? demoDataset());
  const dataset = tracked.view;
  const now = options.now ?? Date.now;
  const firstHuman = dataset.users.find((u) => !u.isBot);
  const messages = new MessageStore(options.messages);
  const updateCard = table.find((op) => op.callbackToken)?.callbackToken;
  const cardTokens = new CardTokens({ uses: options.cardTokenUses ?? updateCard?.feishu ?? 2, lifetimeMs: (updateCard?.lifetimeMinutes ?? 30) * 60_000, now });
  const uploads = new UploadStore();
  if (!options.dataset) {
    // The demo tenant also holds what the spec's example requests name; a dataset passed in is taken as it is.
    const appId = dataset.users.find((u) => u.isBot)?.appId ?? app.appId;
    storeExampleState(seedExampleEntities(dataset, appId), { messages, cardTokens, appId, tenantKey: dataset.tenantKey, nowMs: now() });
  }
  const state: MockFeishuState = {
    get messages() {
      return messages.sent;
    },
    messageStore: messages,
    cardTokens,
    uploads,
    emitPlatformEvent: () => {},
    dataset,
    tenantTokens: new BoundedStore<string, number>({ maxEntries: 1024, maxBytes: 256 * 1024 }),
    userTokens: new Map(Object.entries(options.userTokens ?? (firstHuman ? { [demoUserToken]: firstHuman.openId } : {}))),
    requests: new Map(),
  };
  const routes = new Routes(table);
  const prepared = new Map<string, Prepared>(
    table.map((operation) => {
      const documented = operation.rateLimit;
      const limit: RateLimit | undefined = !documented
        ? undefined
        : options.rateLimitPerSecond === undefined
          ? documented
          : { perSecond: options.rateLimitPerSecond, perMinute: Math.max(documented.perMinute ?? 0, options.rateLimitPerSecond * 60) };
      const behaviour = behaviours[operation.operationId];
      const example = examples[operation.operationId]?.['200'];
      return [operation.operationId, {
        operation,
        kinds: queryKinds(operation.method, operation.path),
        invalid: invalidParameterOf(operation),
        limit,
        behaviour,
        example: behaviour || example === undefined ? undefined : JSON.stringify(example),
        mediaTypes: bodyMediaTypes(operation.method, operation.path),
        restrictedQuery: Object.entries(operation.query).flatMap(([name, facts]) => (facts.tokenRestrictions ? [[name, facts.tokenRestrictions] as Prepared['restrictedQuery'][number]] : [])),
      }];
    }),
  );
  const windows = new RateWindows();
  const eventSide = createEventSide({
    app: { appId: app.appId, ...options.app },
    dataset,
    messages,
    now,
    retrySchedule: options.retrySchedule,
    deliveryTimeoutMs: options.deliveryTimeoutMs,
    cardTokens,
  });
  // Changes the behaviours announce go to the event source (no-op without an event URL or long connection).
  state.emitPlatformEvent = eventSide.emitPlatformEvent;
  // The long connection: while the app holds an open connection, everything the event source emits
  // (mock.events.emit, users' messages, card clicks) goes over it instead of HTTP (INTERFACES.md §3).
  const longConnection = new LongConnectionHub(options.longConnection, now);
  longConnection.onAvailability = (available) => eventSide.events.setTransport(available ? { name: 'websocket', deliver: (payload, kind) => longConnection.deliver(payload, kind) } : undefined);

  // Log ids are the platform's shape: the time to the second, then a counter. The time prefix is
  // formatted once per second, not per request.
  let logSeq = 0;
  let prefixSecond = -1;
  let prefix = '';
  function nextLogId(): string {
    const second = Math.floor(now() / 1000);
    if (second !== prefixSecond) {
      prefixSecond = second;
      prefix = new Date(second * 1000).toISOString().replace(/\D/g, '').slice(0, 14);
    }
    logSeq += 1;
    return prefix + logSeq.toString(16).toUpperCase().padStart(20, '0');
  }

  /** An error answer for a documented code: its status and message come from the contract. */
  function errorAnswer(info: { code: number; httpStatus: number; msg?: string; meaning: string }, logId: string, extra: Record<string, unknown> = {}, detail?: string, headers?: Record<string, string>): MockAnswer {
    const msg = info.msg ?? info.meaning;
    return { status: info.httpStatus, body: { code: info.code, msg: detail ? `${msg} (${detail})` : msg, error: { log_id: logId, ...extra } }, ...(headers ? { headers } : {}) };
  }
  const fail = (name: ErrorCodeName, logId: string, extra: Record<string, unknown> = {}, detail?: string) => errorAnswer(errorCodes[name], logId, extra, detail);
  const violations = (info: OperationErrorCode, list: { field: string; description: string }[], logId: string) => errorAnswer(info, logId, { field_violations: list });

  const runtime: MockRuntime = {
    app,
    dataset,
    tenantTokens: state.tenantTokens,
    now,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 7200,
    fail,
    invalidParameter: (list, logId) => violations(errorCodes.invalidParameter as OperationErrorCode, list, logId),
    messages,
    uploads,
    cardTokens,
    // Through the state, so that a test (or the event source) can listen in.
    emitPlatformEvent: (eventType, event) => state.emitPlatformEvent(eventType, event),
    warn: (message) => options.onWarning?.(message),
    rules: { strictUpdateMulti: options.messages?.strictUpdateMulti === true, lenientMemberIds: options.lenientMemberIds === true },
    longConnection,
    datasetVersion: tracked.version,
    paging: createPaging(dataset, tracked.version, (field, description, logId) => violations({ name: 'invalidParameter', ...errorCodes.invalidParameter }, [{ field, description }], logId)),
  };

  messages.emit = runtime.emitPlatformEvent;

  /** The caller a token stands for, or the documented error; only the token types the operation accepts. */
  function authenticate(header: string | undefined, operation: OperationInfo, logId: string): Caller | MockAnswer {
    const refused = authenticateAs(header, operation, logId);
    // An operation whose page documents its own 401 (the uploads' 234002) answers token failures with it.
    const unauthorized = 'status' in refused ? operation.errorCodes.find((e) => e.httpStatus === 401) : undefined;
    return unauthorized ? errorAnswer(unauthorized, logId) : refused;
  }

  function authenticateAs(header: string | undefined, operation: OperationInfo, logId: string): Caller | MockAnswer {
    const accepts = (type: 'tenant' | 'user') => operation.tokenTypes.includes(type) || (operation.observedTokenTypes ?? []).includes(type);
    const parsed = parseAuthorization(header);
    if ('problem' in parsed) {
      return parsed.problem === 'tooLong' ? fail('tokenFormatInvalid', logId, {}, `Authorization header longer than ${MAX_AUTHORIZATION_CHARS} characters`) : fail('tokenMissing', logId);
    }
    const { token } = parsed;
    if (token.startsWith('t-')) {
      const expires = state.tenantTokens.get(token);
      if (expires === undefined || expires <= now()) return fail('tenantTokenInvalid', logId);
      if (!accepts('tenant')) return fail('tenantTokenInvalid', logId, {}, 'this operation takes a user access token');
      return { kind: 'bot' };
    }
    if (token.startsWith('u-')) {
      const openId = state.userTokens.get(token);
      if (!openId) return fail('userTokenInvalid', logId);
      if (!accepts('user')) return fail('userTokenInvalid', logId, {}, 'this operation takes a tenant access token');
      return { kind: 'user', openId };
    }
    return fail('tokenFormatInvalid', logId);
  }

  /**
   * The spec states limits per app, per tenant, per API: every token of the mock's one app and
   * tenant shares the operation's windows. The key is built from what the token authenticated as,
   * never from the header's text.
   */
  function rateLimited(p: Prepared, logId: string): MockAnswer | undefined {
    if (!p.limit) return undefined;
    const hit = windows.take(`${p.operation.operationId} ${app.appId} ${dataset.tenantKey}`, p.limit, now());
    if (!hit) return undefined;
    return errorAnswer(errorCodes.rateLimited, logId, {}, undefined, { 'x-ogw-ratelimit-limit': String(hit.limit), 'x-ogw-ratelimit-reset': String(hit.resetSeconds) });
  }

  /** Values of a query parameter the caller's token type may not ask for (x-token-restrictions). */
  function restricted(p: Prepared, query: Record<string, unknown>, caller: Caller, logId: string): MockAnswer | undefined {
    const tokenType = caller.kind === 'bot' ? 'tenant' : 'user';
    for (const [name, rules] of p.restrictedQuery) {
      const value = query[name];
      if (value === undefined) continue;
      const given = Array.isArray(value) ? value : String(value).split(',');
      for (const rule of rules) {
        const refused = rule.tokenType === tokenType ? rule.values.filter((v) => given.includes(v)) : [];
        if (refused.length === 0) continue;
        const info = p.operation.errorCodes.find((e) => e.name === rule.error) ?? p.invalid;
        return violations(info, [{ field: name, description: `${refused.join(', ')} cannot be asked for with a ${tokenType} access token` }], logId);
      }
    }
    return undefined;
  }

  function checked(schemaId: SchemaId, data: unknown, p: Prepared, logId: string): MockAnswer | undefined {
    const result = validate(schemaId, data);
    return result.valid ? undefined : violations(p.invalid, result.errors.map((e) => ({ field: fieldOf(e), description: e.message })), logId);
  }

  /**
   * Query strings already parsed and found valid, per operation: a client repeats the same few
   * (`page_size=20`), and parsing and validating them is most of a listing's own work. Each request
   * gets its own copy (the arrays in it are frozen). Bounded in entries and bytes.
   */
  const validQueries = new BoundedStore<string, Record<string, unknown>>({ maxEntries: 1024, maxBytes: 1024 * 1024 });
  /** The query of a request, coerced and checked against the operation's schema, or the invalid-parameter answer. */
  function checkedQuery(p: Prepared, search: string, logId: string): { query: Record<string, unknown> } | { refused: MockAnswer } {
    const key = `${p.operation.operationId}?${search}`;
    const known = validQueries.get(key);
    if (known) return { query: { ...known } };
    const query = search === '' ? {} : parseQuery(search, p.kinds);
    if (p.operation.schemas.query) {
      const bad = checked(p.operation.schemas.query, query, p, logId);
      if (bad) return { refused: bad };
    }
    const kept: Record<string, unknown> = {};
    for (const name in query) kept[name] = Array.isArray(query[name]) ? Object.freeze([...(query[name] as unknown[])]) : query[name];
    validQueries.set(key, kept);
    return { query };
  }

  /** A request's route, token, rate limit, path and query, checked: the answer, or what the body step needs. */
  interface Headed {
    p: Prepared;
    params: Record<string, string>;
    query: Record<string, unknown>;
    caller: Caller | undefined;
  }
  function head(request: MockRequestHead, logId: string): { answer: MockAnswer; routed: boolean } | Headed {
    const { target } = request;
    const q = target.indexOf('?');
    const pathname = q < 0 ? target : target.slice(0, q);
    const search = q < 0 ? '' : target.slice(q + 1);
    if (search.length > MAX_QUERY_CHARS) {
      return { answer: fail('invalidParameter', logId, { field_violations: [{ field: 'query', description: `query string longer than ${MAX_QUERY_CHARS} characters` }] }), routed: true };
    }
    const match = routes.match(request.method, pathname);
    // Unknown paths share one counter, so that random paths cannot grow the map.
    const counted = 'operation' in match ? match.operation.path : '(other)';
    state.requests.set(counted, (state.requests.get(counted) ?? 0) + 1);
    if ('miss' in match) {
      const what = match.miss === 'method' ? `${request.method} ${pathname}` : pathname;
      return { answer: { status: 404, body: { code: 404, msg: `Not Found: ${what}`, error: { log_id: logId } } }, routed: match.miss === 'method' };
    }
    const p = prepared.get(match.operation.operationId)!;
    const { operation } = p;
    let caller: Caller | undefined;
    if (operation.tokenTypes.length > 0) {
      const who = authenticate(request.authorization, operation, logId);
      if (!('kind' in who)) return { answer: who, routed: true };
      caller = who;
    }
    const limited = rateLimited(p, logId);
    if (limited) return { answer: limited, routed: true };
    if (operation.schemas.path) {
      const bad = checked(operation.schemas.path, match.params, p, logId);
      if (bad) return { answer: bad, routed: true };
    }
    const parsed = checkedQuery(p, search, logId);
    if ('refused' in parsed) return { answer: parsed.refused, routed: true };
    const { query } = parsed;
    const bad = operation.schemas.query && caller && restricted(p, query, caller, logId);
    if (bad) return { answer: bad, routed: true };
    return { p, params: match.params, query, caller };
  }

  /** The checked body goes to the operation's behaviour, or the spec's example answers. */
  function respond(h: Headed, body: unknown, logId: string, form?: ReceivedForm): MockAnswer {
    const { p } = h;
    if (p.behaviour) return p.behaviour({ operation: p.operation, pathParams: h.params, query: h.query, body, caller: h.caller, logId, ...(form && { form }) }, runtime);
    return { status: 200, body: p.example ?? '{"code":0,"msg":"success","data":{}}' };
  }

  /** A body checked against its schema: the behaviour's own answer to a broken one, else the invalid-parameter error. */
  function checkedBody(h: Headed, body: unknown, logId: string): MockAnswer | undefined {
    const { p, p: { operation } } = h;
    const onInvalid = p.behaviour?.invalidBody;
    const result = onInvalid ? validate(operation.schemas.body!, body) : undefined;
    return result && !result.valid ? onInvalid!(result.errors, body, logId, runtime) : checked(operation.schemas.body!, body, p, logId);
  }

  function answer(request: MockRequest, logId: string): { answer: MockAnswer; routed: boolean } {
    const h = head(request, logId);
    if ('answer' in h) return h;
    const concurrency = h.p.behaviour?.concurrency;
    if (concurrency && request.inFlight && inFlight.collides(request.inFlight)) {
      return { answer: fail(concurrency.error, logId, {}, 'another request on the same resource is still being processed'), routed: true };
    }
    const { p, p: { operation } } = h;
    let body: unknown;
    if (operation.body?.mediaType === 'multipart/form-data') {
      // Only a mock built without the streaming path (none today) gets here: refuse rather than guess.
      return { answer: formProblemAnswer(h, { problem: 'malformed', detail: 'multipart bodies are read by the streaming path' }, logId), routed: true };
    }
    if (operation.schemas.body) {
      const refused = refusedEncoding(request, p.mediaTypes);
      if (refused) return { answer: violations(p.invalid, [refused], logId), routed: true };
      if (request.body === undefined) return { answer: violations(p.invalid, [{ field: 'body', description: `body larger than ${MAX_BODY_BYTES} bytes` }], logId), routed: true };
      const text = Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength).toString('utf8');
      if (text.trim() === '' && operation.body && !operation.body.required) {
        body = {};
      } else {
        try {
          body = JSON.parse(text);
        } catch {
          const notJson = p.behaviour?.notJson;
          return { answer: notJson ? notJson(logId, runtime) : violations(p.invalid, [{ field: 'body', description: 'the body is not JSON' }], logId), routed: true };
        }
      }
      const bad = checkedBody(h, body, logId);
      if (bad) return { answer: bad, routed: true };
    }
    return { answer: respond(h, body, logId), routed: true };
  }

  /** The answer to a form refused while it streamed in: the behaviour's code for it, else the invalid-parameter error. */
  function formProblemAnswer(h: Headed, problem: FormProblem, logId: string): MockAnswer {
    const own = h.p.behaviour?.formProblem?.(problem, logId, runtime);
    if (own) return own;
    const description = problem.problem === 'tooLarge' ? `part ${problem.part} is larger than ${problem.maxBytes} bytes` : problem.detail;
    return violations(h.p.invalid, [{ field: problem.problem === 'tooLarge' ? problem.part : 'body', description }], logId);
  }

  /** A received form as the object its schema describes: text parts typed as the schema says, a binary part as a string standing for its bytes. */
  function formObject(operation: OperationInfo, form: ReceivedForm): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const types = new Map((operation.body?.parts ?? []).map((part) => [part.name, part]));
    for (const [name, value] of Object.entries(form.fields)) {
      const part = types.get(name);
      const type = part?.kind === 'text' ? part.type : 'string';
      out[name] = (type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : type === 'boolean' && (value === 'true' || value === 'false') ? value === 'true' : value;
    }
    for (const [name, file] of Object.entries(form.files)) out[name] = `<${file.size} bytes>`;
    return out;
  }

  /**
   * The streaming path (multipart forms): checks what the head says first — route, token, limits,
   * query, the declared length — and answers at once without reading the body when any fails; else
   * reads the form as it streams in, refusing it the moment a part passes its limit.
   */
  const streamed = (request: MockRequestHead): StreamedAnswer | undefined => {
    const q = request.target.indexOf('?');
    const match = routes.match(request.method, q < 0 ? request.target : request.target.slice(0, q));
    if (!('operation' in match) || match.operation.body?.mediaType !== 'multipart/form-data') return undefined;
    const logId = nextLogId();
    const serve = (a: MockAnswer): Served => ({ status: a.status, body: serialized(a.body), logId, headers: a.headers, routed: true });
    try {
      const h = head(request, logId);
      if ('answer' in h) return { early: serve(h.answer) };
      const parts = h.p.operation.body!.parts ?? [];
      // The declared length alone can refuse the body before a byte of it is read.
      const binaryMax = parts.reduce((sum, part) => sum + (part.kind === 'binary' ? part.maxBytes ?? Infinity : 0), 0);
      const slack = 64 * 1024 * (parts.length + 1);
      const biggest = parts.find((part) => part.kind === 'binary' && part.maxBytes !== undefined);
      if (request.contentLength !== undefined && biggest?.kind === 'binary' && request.contentLength > binaryMax + slack) {
        return { early: serve(formProblemAnswer(h, { problem: 'tooLarge', part: biggest.name, maxBytes: biggest.maxBytes! }, logId)) };
      }
      return {
        consume: async (source: Readable) => {
          try {
            const form = await readMultipart(source, request.contentType, parts, options.onUploadBytes && ((bytes) => options.onUploadBytes!(h.p.operation.operationId, bytes)));
            if ('problem' in form) return { served: serve(formProblemAnswer(h, form, logId)), unread: true };
            const body = formObject(h.p.operation, form);
            return { served: serve(checkedBody(h, body, logId) ?? respond(h, body, logId, form)), unread: false };
          } catch (error) {
            return { served: serve(fail('invalidParameter', logId, {}, (error as Error).message)), unread: true };
          }
        },
      };
    } catch (error) {
      return { early: serve(fail('invalidParameter', logId, {}, (error as Error).message)) };
    }
  };

  /** The core both transports share: a parsed request in, the status, JSON text and headers out. */
  const handle = (request: MockRequest): Served => {
    const logId = nextLogId();
    let result: { answer: MockAnswer; routed: boolean };
    try {
      result = answer(request, logId);
    } catch (error) {
      // Bad input must never become a 500: anything unexpected is reported as a bad request.
      result = { answer: fail('invalidParameter', logId, {}, (error as Error).message), routed: true };
    }
    const { status, body, headers } = result.answer;
    return { status, body: serialized(body), logId, headers, routed: result.routed };
  };
  /** The caller a token stands for, looked up without side effects (no failure answers, no counting). */
  function callerOfToken(authorization: string | undefined): Caller | undefined {
    const parsed = parseAuthorization(authorization);
    if ('problem' in parsed) return undefined;
    const expires = state.tenantTokens.get(parsed.token);
    if (expires !== undefined && expires > now()) return { kind: 'bot' };
    const openId = state.userTokens.get(parsed.token);
    return openId ? { kind: 'user', openId } : undefined;
  }

  const inFlight = new InFlight();
  /** Registers a request whose operation declares a concurrency key, when its head arrives. */
  const begin = (request: MockRequestHead): InFlightTicket | undefined => {
    const q = request.target.indexOf('?');
    const match = routes.match(request.method, q < 0 ? request.target : request.target.slice(0, q));
    if (!('operation' in match)) return undefined;
    const concurrency = prepared.get(match.operation.operationId)?.behaviour?.concurrency;
    const key = concurrency?.key(match.params, callerOfToken(request.authorization), new URLSearchParams(q < 0 ? '' : request.target.slice(q + 1)));
    if (key === undefined) return undefined;
    const ticket = inFlight.begin(match.operation.operationId, key);
    options.onRequestBegin?.(match.operation.operationId, key);
    return ticket;
  };
  const core: MockCore = { handle, streamed, begin, end: (ticket) => inFlight.end(ticket) };

  async function handleFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    let served: Served;
    try {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      const controlled = await eventSide.control(request);
      if (controlled) return controlled;
      const url = new URL(request.url);
      const method = request.method;
      const headOf = { method, target: url.pathname + url.search, authorization: request.headers.get('authorization') ?? undefined };
      const length = request.headers.get('content-length');
      const stream = streamed({ ...headOf, contentType: request.headers.get('content-type') ?? undefined, contentLength: length !== null && /^\d+$/.test(length) ? Number(length) : undefined });
      if (stream && 'early' in stream) {
        await request.body?.cancel().catch(() => undefined);
        served = stream.early;
      } else if (stream) {
        const source = request.body ? Readable.fromWeb(request.body as import('node:stream/web').ReadableStream<Uint8Array>) : Readable.from([]);
        const result = await stream.consume(source);
        // A refused form is not read further: cancelling the stream tells the sender to stop.
        if (result.unread) source.destroy();
        served = result.served;
      } else {
        const ticket = begin(headOf);
        try {
          const body = method === 'GET' || method === 'HEAD' ? new Uint8Array(0) : await readCapped(request.body, MAX_BODY_BYTES);
          served = handle({ ...headOf, body, contentType: request.headers.get('content-type') ?? undefined, contentEncoding: request.headers.get('content-encoding') ?? undefined, inFlight: ticket });
        } finally {
          if (ticket) inFlight.end(ticket);
        }
      }
    } catch (error) {
      const logId = nextLogId();
      const { status, body } = fail('invalidParameter', logId, {}, (error as Error).message);
      served = { status, body: JSON.stringify(body), logId, routed: true };
    }
    // A copy: the bytes of a cached page are shared with the answers that follow.
    return new Response(typeof served.body === 'string' ? served.body : new Uint8Array(served.body), { status: served.status, headers: { 'content-type': 'application/json; charset=utf-8', 'x-tt-logid': served.logId, ...served.headers } });
  }

  return {
    fetch: handleFetch,
    state,
    longConnection,
    listen: async (port = 0, listenOptions = {}) => {
      // The control surface (/__mock/…) matches no operation: it answers first among the fallbacks.
      const fallback = listenOptions.fallback;
      const served = await serveMock(core, port, async (request) => (await eventSide.control(request)) ?? fallback?.(request), listenOptions.requestTimeoutMs, (req, socket, head) => longConnection.upgrade(req, socket, head));
      longConnection.wsBase = served.url.replace(/^http/, 'ws');
      return {
        url: served.url,
        close: () => {
          longConnection.close();
          return served.close();
        },
      };
    },
    events: eventSide.events,
    users: eventSide.users,
    cards: eventSide.cards,
  };
}
