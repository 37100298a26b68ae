import createClient, { createQuerySerializer, defaultPathSerializer, type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { errorCodes } from '../contract-facts.js';
import type { SchemaId, SchemaTypes, ValidationError } from '../validators/index.js';
import { responseSchemaId } from '../validators/response-schema-id.js';
import { tokenSource, type FeishuAuth, type HeldToken } from './auth.js';
import type { Endpoints, OperationId, PaginatedOperationId } from '../../generated/operations.js';
import type { MessageContents } from '../../generated/message.js';
import { checkPage, codeOf, dataOf, scrubbedErrorAnswer, successEnvelope, type Received } from './envelope.js';
import { quote, quoting } from '../errors.js';
import { FeishuContractError, FeishuError } from './errors.js';
import { outgoingOf, responseOf, throughMiddleware } from './middleware.js';
import { DEFAULT_MAX_PAGES, paginate } from './paginate.js';
import { retrying, type RetryOptions } from './retry.js';
import { SecretSet } from './secrets.js';
import { checkRetry, MAX_TIMER_MS, positive } from './options.js';
import { checkTokenRestrictions, knownTokenType } from './token-restrictions.js';
import { IDEMPOTENT_METHODS, isIdempotent, operationForRequest, operationOf, operations, parsedBody, type OperationInfo } from './table.js';
import { canUseNodeTransport, nodeTransport } from './node-transport.js';
import { fetchTransport, replayable, toHeaders, type FetchLike, type Outgoing, type Transport } from './transport.js';
import { encodeForm, formForValidation } from './multipart.js';
import { lifecycleResources, type ChatManagement, type ChatMemberManagement, type MessageLifecycle, type UploadResources } from './resources.js';
import { checkQuery, checkUrlValue, fillPath, joinUrl, queryString } from './url.js';

/** The Feishu host (default). */
export const FEISHU_BASE_URL = 'https://open.feishu.cn';
/** The Lark (international) host. */
export const LARK_BASE_URL = 'https://open.larksuite.com';

/** Options of {@link createFeishuClient}. */
export interface FeishuClientOptions {
  /** How to authenticate (app credentials, a fixed token, or a token source). */
  auth: FeishuAuth;
  /**
   * API host: {@link FEISHU_BASE_URL} (default) or {@link LARK_BASE_URL}, or a mock's URL. A path
   * prefix (`https://gateway.example.com/feishu`, with or without a trailing slash) is kept for
   * every request, the token request included.
   */
  baseUrl?: string;
  /** Retry policy (default: 3 retries); `false` turns retries off. Only idempotent requests retry. */
  retry?: RetryOptions | false;
  /**
   * Time limit in ms (default 30 000) of one attempt, its body included, and of the wait for a
   * token. It holds under garbage collection: the client owns the timer rather than relying on
   * fetch's signal.
   */
  timeoutMs?: number;
  /** Largest answer body read, in bytes (default 8 MiB; a 100-chat page is about 100 KB). Larger → FeishuUnexpectedResponseError. */
  maxResponseBytes?: number;
  /** Most pages `listAll`/`searchAll` fetch (default 10 000); a listing with more throws a FeishuPaginationError naming it. */
  maxPages?: number;
  /** Check answers against the contract: 'off' (default), 'warn' (report via onWarning) or 'strict' (throw). */
  validateResponses?: 'off' | 'warn' | 'strict';
  /** Where 'warn' reports a contract violation (default console.warn). */
  onWarning?: (message: string, details: { schemaId: SchemaId; errors: ValidationError[] }) => void;
  /**
   * The fetch to use, e.g. a mock's `mock.fetch`, or undici's fetch with a `ProxyAgent` to go through
   * a proxy. Given, it carries every request (the fetch transport).
   */
  fetch?: FetchLike;
  /**
   * What carries requests. `'node'`: node:http/node:https with a keep-alive agent per client (Node
   * only; the leaner path, no fetch objects per call). `'fetch'`: `options.fetch`, else
   * `globalThis.fetch`. Default: `'fetch'` when `options.fetch` is given or outside Node (browsers,
   * edge runtimes), else `'node'`. Both give the same bounds, size cap (on decoded bytes), typed
   * errors and never follow a redirect. Neither reads HTTP_PROXY/HTTPS_PROXY (Node 20's fetch does
   * not either): for a proxy, pass `options.fetch` (e.g. undici's fetch with a `ProxyAgent`).
   */
  transport?: 'fetch' | 'node';
  /** openapi-fetch middleware, applied to every call (the typed chat calls and `api`). */
  middleware?: Middleware[];
}

/** What is known of the answer a result came from: status, log id and headers (rate-limit ones included). */
export interface ResponseMeta {
  status: number;
  logId: string | undefined;
  headers: Headers;
}

type ListQuery = SchemaTypes['listChats.query'];
type SearchQuery = SchemaTypes['searchChats.query'];
type ChatPage = SchemaTypes['listChats.response']['data'];
/** One chat as listed or searched. */
export type Chat = ChatPage['items'][number];
/** One member of a chat, as listChatMembers pages it. */
export type ChatMember = NonNullable<SchemaTypes['listChatMembers.response']['data']['items']>[number];

/** A message's type (`msg_type`) that can be sent. */
export type MsgType = keyof MessageContents;
/**
 * A message for {@link FeishuClient.messages}.send: the content as an object (the client serializes
 * it into the JSON string the platform takes), typed by `msgType`.
 */
export type OutgoingMessage = {
  [T in MsgType]: {
    receiveIdType: Endpoints['createMessage']['query']['receive_id_type'];
    receiveId: string;
    msgType: T;
    content: NonNullable<MessageContents[T]>;
    /** Dedup key (at most 50 characters): the platform sends one message per uuid within an hour, so only a send with one is retried. */
    uuid?: string;
  };
}[MsgType];

export type { OperationId, PaginatedOperationId };
/** The inputs of an operation: path parameters, query and body, each as the contract types it. */
export interface RequestParams<Op extends OperationId> {
  path?: Endpoints[Op]['pathParams'];
  query?: Endpoints[Op]['query'];
  body?: Endpoints[Op]['body'];
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call, retries and the token fetch included (a FeishuAbortError, `name` 'AbortError'). */
  signal?: AbortSignal;
  /** For `listAll`/`searchAll`: most pages fetched (default: the client's `maxPages`). */
  maxPages?: number;
  /** For a multipart upload: the file name sent with each binary part (default: the part's name). */
  fileNames?: Record<string, string>;
}

/** The client {@link createFeishuClient} returns. */
export interface FeishuClient extends UploadResources {
  /**
   * Calls any operation of the contract by its operationId and resolves to the `data` of its
   * success answer (for the token endpoint, which has no `data`, the success body). The inputs are
   * checked against the contract before anything is sent; path parameters are percent-encoded, and
   * a missing one is a FeishuContractError.
   */
  request<Op extends OperationId>(operationId: Op, params?: RequestParams<Op>, options?: CallOptions): Promise<Endpoints[Op]['data']>;
  /**
   * Every item of a paginated operation, across pages: ends only on `has_more: false`, resumes from
   * `params.query.page_token`, throws every error, a repeated page token and more than `maxPages`.
   */
  paginate<Op extends PaginatedOperationId>(operationId: Op, params?: RequestParams<Op>, options?: CallOptions): AsyncGenerator<Endpoints[Op]['item'], void, undefined>;
  chats: ChatManagement & {
    /** One page of the chats the caller is in (operation `listChats`). */
    list(query?: ListQuery, options?: CallOptions): Promise<ChatPage>;
    /** One page of the chats visible to the caller that match `query.query` (operation `searchChats`). */
    search(query?: SearchQuery, options?: CallOptions): Promise<ChatPage>;
    /** Every chat the caller is in, across pages; resumes from `query.page_token`. */
    listAll(query?: ListQuery, options?: CallOptions): AsyncGenerator<Chat, void, undefined>;
    /** Every matching chat, across pages; resumes from `query.page_token`. */
    searchAll(query?: SearchQuery, options?: CallOptions): AsyncGenerator<Chat, void, undefined>;
    /** One chat's information (operation `getChat`); a caller outside the chat gets only its basics. */
    get(chatId: string, query?: Endpoints['getChat']['query'], options?: CallOptions): Promise<Endpoints['getChat']['data']>;
    /** A chat's user members, a page or all of them (operation `listChatMembers`; bots are never listed). */
    members(chatId: string): ChatMemberManagement & {
      list(query?: Endpoints['listChatMembers']['query'], options?: CallOptions): Promise<Endpoints['listChatMembers']['data']>;
      listAll(query?: Endpoints['listChatMembers']['query'], options?: CallOptions): AsyncGenerator<Endpoints['listChatMembers']['item'], void, undefined>;
    };
    /** Whether the caller of the token — the bot, or the user — is in the chat (operation `isInChat`). */
    isInChat(chatId: string, options?: CallOptions): Promise<boolean>;
    /** One page of chat search v2 (operation `searchChatsV2`): filters in `body`, paging in `query`. */
    searchV2(body?: Endpoints['searchChatsV2']['body'], query?: Endpoints['searchChatsV2']['query'], options?: CallOptions): Promise<Endpoints['searchChatsV2']['data']>;
    /** Every hit of chat search v2, across pages; resumes from `query.page_token`. */
    searchV2All(body?: Endpoints['searchChatsV2']['body'], query?: Endpoints['searchChatsV2']['query'], options?: CallOptions): AsyncGenerator<Endpoints['searchChatsV2']['item'], void, undefined>;
  };
  messages: MessageLifecycle & {
    /**
     * Sends a message (operation `createMessage`). `content` is the object for `msgType`; the client
     * serializes it. Retried on transient failures only when `uuid` makes the send idempotent.
     */
    send(message: OutgoingMessage, options?: CallOptions): Promise<Endpoints['createMessage']['data']>;
  };
  /**
   * The raw typed openapi-fetch client, with auth, retries, timeouts and the size cap applied.
   * Its `signal` option reaches the client through the Request openapi-fetch builds, which Node's
   * fetch links weakly; the typed calls above take the caller's signal directly.
   */
  api: Client<paths>;
}

const metas = new WeakMap<object, ResponseMeta>();
/** The status, log id and headers of the answer a page came from. */
export function getResponseMeta(result: object): ResponseMeta | undefined {
  return metas.get(result);
}

type Validators = typeof import('../validators/index.js');
let loadedValidators: Validators | undefined;
/**
 * The compiled validators (most of the package's code), loaded on the first call rather than at
 * import: importing the package root stays cheap, and a process that never calls pays nothing.
 */
async function loadValidators(): Promise<Validators> {
  return (loadedValidators ??= await import('../validators/index.js'));
}

/** The meta of an answer; its `Headers` is built when first read (see {@link toHeaders}). */
function metaOf(received: Received): ResponseMeta {
  let headers: Headers | undefined;
  return {
    status: received.status,
    logId: received.headers.get('x-tt-logid') || undefined,
    get headers() {
      return (headers ??= toHeaders(received.headers));
    },
  };
}

function withoutStatus(envelope: object): object {
  const { code: _code, msg: _msg, ...rest } = envelope as Record<string, unknown>;
  return rest;
}

/** The transport `options` ask for (see {@link FeishuClientOptions.transport}); contradictory options are a FeishuError. */
function transportFor(options: FeishuClientOptions, maxResponseBytes: number): Transport {
  const kind = options.transport ?? (options.fetch !== undefined || !canUseNodeTransport() ? 'fetch' : 'node');
  if (kind === 'node') {
    if (options.fetch !== undefined) throw new FeishuError("transport 'node' does not use options.fetch: leave out one of them");
    if (!canUseNodeTransport()) throw new FeishuError("transport 'node' needs Node (>= 20.16, for process.getBuiltinModule); use transport 'fetch' here");
    return nodeTransport(maxResponseBytes);
  }
  if (kind !== 'fetch') throw new FeishuError(quoting`transport must be 'fetch' or 'node' (got ${quote(JSON.stringify(String(kind)).slice(0, 40))})`);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new FeishuError('fetch must be a function (request: Request) => Promise<Response>');
  return fetchTransport(options.fetch ?? ((request) => globalThis.fetch(request)), maxResponseBytes);
}

/** Creates a typed Feishu client for the chat endpoints. */
export function createFeishuClient(options: FeishuClientOptions): FeishuClient {
  if (!options || typeof options !== 'object' || !options.auth) throw new FeishuError('createFeishuClient needs options.auth');
  const baseUrl = options.baseUrl ?? FEISHU_BASE_URL;
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) throw new FeishuError('baseUrl must be an absolute URL, e.g. https://open.feishu.cn');
  const timeoutMs = positive('timeoutMs', options.timeoutMs, 30_000, MAX_TIMER_MS);
  const maxResponseBytes = positive('maxResponseBytes', options.maxResponseBytes, 8 * 1024 * 1024);
  const maxPages = positive('maxPages', options.maxPages, DEFAULT_MAX_PAGES);
  const retry = checkRetry(options.retry);
  const mode = options.validateResponses ?? 'off';
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  const middleware = [...(options.middleware ?? [])];

  const secrets = new SecretSet();
  const send = retrying(transportFor(options, maxResponseBytes), { retry, timeoutMs });
  const tokens = tokenSource(options.auth, { baseUrl, send, secrets });
  const tokenType = knownTokenType(options.auth);

  /** Sends with the token; a tenant token the platform refused is renewed once (shared by all callers refused with it). */
  const authedSend = async (outgoing: Outgoing, call: { signal?: AbortSignal; idempotent: boolean }): Promise<Received> => {
    const limits = { signal: call.signal, timeoutMs };
    const sendWith = (held: HeldToken) => send({ ...outgoing, headers: { ...outgoing.headers, authorization: `Bearer ${held.token}` } }, call);
    const held = await tokens.get(limits);
    const received = await sendWith(held);
    // A refused token is renewed and the request sent again — unless its body is a stream, read once already.
    if (codeOf(received) === errorCodes.tenantTokenInvalid.code && tokens.invalidate(held) && replayable(outgoing)) return sendWith(await tokens.get(limits));
    return received;
  };

  /** An error as it leaves the client: named for its operation, with no secret the client holds in it. */
  const leaving = (operationId: string | undefined, error: unknown) => {
    if (error instanceof FeishuError && operationId) error.operationId ??= operationId;
    return secrets.scrubError(error);
  };
  async function guarded<T>(operationId: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw leaving(operationId, error);
    }
  }

  /** Checks one input against its schema in the table; a violation is a FeishuContractError and nothing is sent. */
  const checkInput = (validators: Validators, schemaId: string | undefined, value: unknown) => {
    if (!schemaId || !validators.isSchemaId(schemaId)) return;
    const check = validators.validate(schemaId, value ?? {});
    if (!check.valid) throw new FeishuContractError(schemaId, check.errors);
  };

  /** Sends one operation and returns its checked success envelope. */
  async function exchange(op: OperationInfo, params: { path?: object; query?: object; body?: unknown }, callOptions: CallOptions): Promise<{ envelope: object; received: Received }> {
    const validators = loadedValidators ?? (await loadValidators());
    checkInput(validators, op.schemas.path, params.path);
    checkInput(validators, op.schemas.query, params.query);
    if (op.tokenTypes.length) checkTokenRestrictions(op, (params.query ?? {}) as Record<string, unknown>, tokenType);
    // A multipart form is checked as its schema describes it (binary parts by their limits), then streamed.
    const form = op.body?.mediaType === 'multipart/form-data' ? (params.body ?? {}) as Record<string, unknown> : undefined;
    if (op.schemas.body || params.body !== undefined) checkInput(validators, op.schemas.body, form ? formForValidation(op, form) : params.body);
    const query = (params.query ?? {}) as Record<string, unknown>;
    const encoded = form && encodeForm(op, form, callOptions.fileNames);
    const outgoing: Outgoing = {
      method: op.method,
      url: joinUrl(baseUrl, fillPath(op, params.path as Record<string, unknown> | undefined)) + queryString(query, `${op.operationId}.query`),
      headers: encoded ? { 'content-type': encoded.contentType } : params.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: encoded ? encoded.body : params.body === undefined ? undefined : JSON.stringify(params.body),
    };
    // An upload is never retried: its body is a stream, read once.
    const call = { signal: callOptions.signal, idempotent: !encoded && isIdempotent(op, params.body, query) };
    const received = await throughMiddleware(middleware, outgoing, { schemaPath: op.path, params: { query, path: params.path as Record<string, unknown> }, maxResponseBytes, signal: callOptions.signal }, (o) =>
      // An operation that takes no token (the token endpoint) is sent without one.
      op.tokenTypes.length ? authedSend(o, call) : send(o, call),
    ).catch((error: unknown) => {
      // A limit a streamed part broke while it flowed ended the request: that is the error to report.
      throw encoded?.body.failure() ?? error;
    });
    const envelope = successEnvelope(received, secrets);
    const schemaId = responseSchemaId(op.operationId, received.status);
    if (mode !== 'off' && schemaId) {
      const result = validators.validate(schemaId, envelope);
      if (!result.valid) {
        const error = new FeishuContractError(schemaId, result.errors);
        if (mode === 'strict') throw error;
        warn(secrets.scrub(error.message), { schemaId, errors: secrets.scrubValue(result.errors) as ValidationError[] });
      }
    }
    return { envelope, received };
  }

  /** The success `data` of an operation (checked to be an object whatever validateResponses says; pages checked further). */
  async function request(operationId: string, params: { path?: object; query?: object; body?: unknown } = {}, callOptions: CallOptions = {}): Promise<unknown> {
    return guarded(operationId, async () => {
      const op = operationOf(operationId);
      const { envelope, received } = await exchange(op, params, callOptions);
      // Auth endpoints answer their fields at the top level (the result is the envelope without code
      // and msg); every other operation answers `data`.
      const result = op.tokenTypes.length && !op.dataless ? dataOf(envelope, operationId) : withoutStatus(envelope);
      if (op.pagination) checkPage(result as Record<string, unknown>, operationId, op.pagination.itemsKey);
      metas.set(result, metaOf(received));
      return result;
    });
  }

  /** The items of a paginated operation: one generator (the iteration itself), no delegation layer per item. */
  function paginateOperation(operationId: string, params: { path?: object; query?: object; body?: unknown } = {}, o: CallOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const mapError = (error: unknown) => leaving(operationId, error);
    let op: OperationInfo;
    let pageLimit: number;
    try {
      op = operationOf(operationId);
      if (!op.pagination) throw new FeishuError(quoting`${quote(operationId)} does not paginate; call request() instead`);
      pageLimit = positive('maxPages', o.maxPages, maxPages);
    } catch (error) {
      // Reported when iterated, as a generator function would.
      return paginate<unknown>(() => Promise.reject(error), undefined, 1, mapError);
    }
    const { itemsKey, pageTokenParam } = op.pagination;
    const query = (params.query ?? {}) as Record<string, unknown>;
    const start = typeof query[pageTokenParam] === 'string' ? (query[pageTokenParam] as string) : undefined;
    return paginate(
      async (pageToken) => {
        // request() has checked the page's shape already (checkPage): read the fields it vouched for.
        const data = (await request(operationId, { ...params, query: { ...query, [pageTokenParam]: pageToken } }, o)) as Record<string, unknown>;
        return { items: data[itemsKey] as unknown[], has_more: data.has_more as boolean, page_token: typeof data.page_token === 'string' ? data.page_token : undefined };
      },
      start,
      pageLimit,
      mapError,
    );
  }

  // Built on first use: openapi-fetch reads globalThis.Request when created, which on Node 20 loads
  // all of undici — a cost a client that never touches `api` (on the node transport) need not pay.
  const makeApi = () => {
    const apiBase = baseUrl.replace(/\/+$/, '');
    const serializeQuery = createQuerySerializer({ array: { style: 'form', explode: false } });
    /** The operation a path template names (any method: they share path parameters). */
    const templateOp = (template: string) => (Object.values(operations) as OperationInfo[]).find((o) => o.path === template);
    const api = createClient<paths>({
      baseUrl: apiBase,
      // Values no URL can carry, and dot segments in path parameters, are refused before a Request
      // exists (URL parsing would collapse `/chats/..` to `/im/v1/`; a lone surrogate is a URIError).
      pathSerializer: (url, params) => {
        const op = templateOp(url.slice(apiBase.length));
        try {
          for (const [name, value] of Object.entries(params ?? {})) checkUrlValue(`${op?.operationId ?? 'api'}.path`, 'path', name, value);
        } catch (error) {
          throw leaving(op?.operationId, error);
        }
        return defaultPathSerializer(url, params);
      },
      querySerializer: (query) => {
        try {
          checkQuery('api.query', query as Record<string, unknown>);
        } catch (error) {
          throw leaving(undefined, error);
        }
        return serializeQuery(query);
      },
      fetch: (request) => {
        const method = request.method.toUpperCase();
        const op = operationForRequest(method, new URL(request.url).pathname);
        return guarded(op?.operationId, async () => {
          const outgoing = await outgoingOf(request);
          const url = new URL(request.url);
          const idempotent = op ? isIdempotent(op, parsedBody(typeof outgoing.body === 'string' ? outgoing.body : undefined), Object.fromEntries(url.searchParams)) : IDEMPOTENT_METHODS.has(method);
          return responseOf(scrubbedErrorAnswer(await (op && !op.tokenTypes.length ? send : authedSend)(outgoing, { signal: request.signal, idempotent }), secrets));
        });
      },
    });
    for (const m of middleware) api.use(m);
    return api;
  };
  let api: Client<paths> | undefined;

  // The lifecycle methods (reply, update, history, reactions, uploads, create, add members) come from
  // one declarative map over request/paginate (src/client/resources.ts).
  const lifecycle = lifecycleResources({ request: request as FeishuClient['request'], paginate: paginateOperation as FeishuClient['paginate'] });
  const client: FeishuClient = {
    ...lifecycle.uploads,
    get api() {
      return (api ??= makeApi());
    },
    request: request as FeishuClient['request'],
    paginate: paginateOperation as FeishuClient['paginate'],
    chats: {
      ...lifecycle.chats,
      list: (query = {}, o) => client.request('listChats', { query }, o),
      search: (query = {}, o) => client.request('searchChats', { query }, o),
      listAll: (query = {}, o) => client.paginate('listChats', { query }, o),
      searchAll: (query = {}, o) => client.paginate('searchChats', { query }, o),
      get: (chatId, query = {}, o) => client.request('getChat', { path: { chat_id: chatId }, query }, o),
      members: (chatId) => ({
        ...lifecycle.members(chatId),
        list: (query = {}, o) => client.request('listChatMembers', { path: { chat_id: chatId }, query }, o),
        listAll: (query = {}, o) => client.paginate('listChatMembers', { path: { chat_id: chatId }, query }, o),
      }),
      isInChat: async (chatId, o) => (await client.request('isInChat', { path: { chat_id: chatId } }, o)).is_in_chat === true,
      searchV2: (body = {}, query = {}, o) => client.request('searchChatsV2', { body, query }, o),
      searchV2All: (body = {}, query = {}, o) => client.paginate('searchChatsV2', { body, query }, o),
    },
    messages: {
      ...lifecycle.messages,
      send: (message, o) => {
        let content: string;
        try {
          content = JSON.stringify(message.content);
        } catch (error) {
          return Promise.reject(Object.assign(new FeishuError(quoting`content cannot be serialized as JSON: ${quote((error as Error).message)}`), { operationId: 'createMessage' }));
        }
        const body = { receive_id: message.receiveId, msg_type: message.msgType, content, ...(message.uuid !== undefined && { uuid: message.uuid }) };
        return client.request('createMessage', { query: { receive_id_type: message.receiveIdType }, body: body as Endpoints['createMessage']['body'] }, o);
      },
    },
  };
  return client;
}
