import type { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import type { SchemaId, SchemaTypes, ValidationError } from '../validators/index.js';
import { checkAuth, type FeishuAuth } from './auth-check.js';
import type { Endpoints, OperationId, PaginatedOperationId } from '../../generated/operations.js';
import type { MessageContents } from '../../generated/message.js';
import { quote, quoting } from '../errors.js';
import type { Engine } from './engine.js';
import { FeishuError } from './errors.js';
import { lazyApi } from './lazy-api.js';
import { paginate } from './paginate.js';
import type { RetryOptions } from './retry.js';
import { leaving, SecretSet } from './secrets.js';
import { clientSettings, positive } from './options.js';
import { operationOf, type OperationInfo } from './table.js';
import type { FetchLike } from './transport.js';
import { lifecycleResources, type ChatManagement, type ChatMemberManagement, type MessageLifecycle, type UploadResources } from './resources.js';

// The client a caller holds is built here, synchronously: its options checked (a bad one throws at
// once), its methods and resources derived from the operation table. What its calls run on —
// transports, the token source, envelope checks, validation, openapi-fetch (engine.ts) — is loaded
// with import() on the first call: importing the package root parses none of it (issue 26.1).

export { FEISHU_BASE_URL, LARK_BASE_URL } from './options.js';
export { getResponseMeta, type ResponseMeta } from './response-meta.js';

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

/** Creates a typed Feishu client for the chat endpoints. */
export function createFeishuClient(options: FeishuClientOptions): FeishuClient {
  const settings = clientSettings(options);
  const secrets = new SecretSet();
  checkAuth(options.auth, secrets);
  // What the engine reads when it is made: the options as they were given (the middleware list copied).
  const given: FeishuClientOptions = { ...options, middleware: [...(options.middleware ?? [])] };
  let loading: Promise<Engine> | undefined;
  const engine = (): Promise<Engine> =>
    (loading ??= import('./engine.js').then(
      (m) => m.createEngine(given, settings, secrets),
      (error: unknown) => {
        loading = undefined; // a failed load (a missing file) is tried again by the next call
        throw error;
      },
    ));
  const maxPages = settings.maxPages;

  /** The success `data` of an operation (see FeishuClient.request), sent by the engine. */
  const request = (operationId: string, params?: { path?: object; query?: object; body?: unknown }, callOptions?: CallOptions): Promise<unknown> =>
    engine().then((e) => e.request(operationId, params, callOptions));

  /** The items of a paginated operation: one generator (the iteration itself), no delegation layer per item. */
  function paginateOperation(operationId: string, params: { path?: object; query?: object; body?: unknown } = {}, o: CallOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const mapError = (error: unknown) => leaving(secrets, operationId, error);
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

  let api: Client<paths> | undefined;

  // The lifecycle methods (reply, update, history, reactions, uploads, create, add members) come from
  // one declarative map over request/paginate (src/client/resources.ts).
  const lifecycle = lifecycleResources({ request: request as FeishuClient['request'], paginate: paginateOperation as FeishuClient['paginate'] });
  const client: FeishuClient = {
    ...lifecycle.uploads,
    get api() {
      return (api ??= lazyApi(async () => (await engine()).api()));
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
