import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { responseSchemaId, validate, type SchemaId, type SchemaTypes, type ValidationError } from '../validators/index.js';
import { errorCodes } from '../contract-facts.js';
import { tokenSource, type FeishuAuth } from './auth.js';
import { FeishuApiError, FeishuContractError, FeishuError, FeishuUnexpectedResponseError, type PermissionViolation } from './errors.js';
import { paginate } from './paginate.js';
import { peekText, retryAfterSeconds, withRetries, type FetchLike, type RetryOptions } from './retry.js';

/** The Feishu host (default). */
export const FEISHU_BASE_URL = 'https://open.feishu.cn';
/** The Lark (international) host. */
export const LARK_BASE_URL = 'https://open.larksuite.com';

/** Options of {@link createFeishuClient}. */
export interface FeishuClientOptions {
  /** How to authenticate (app credentials, a fixed token, or a token source). */
  auth: FeishuAuth;
  /** API host: {@link FEISHU_BASE_URL} (default) or {@link LARK_BASE_URL}, or a mock's URL. */
  baseUrl?: string;
  /** Retry policy (default: 3 retries); `false` turns retries off. Only idempotent requests retry. */
  retry?: RetryOptions | false;
  /** Time limit of one attempt, body included, in ms (default 30 000). */
  timeoutMs?: number;
  /** Largest answer body read, in bytes (default 8 MiB; a 100-chat page is about 100 KB). Larger → FeishuUnexpectedResponseError. */
  maxResponseBytes?: number;
  /** Check answers against the contract: 'off' (default), 'warn' (report via onWarning) or 'strict' (throw). */
  validateResponses?: 'off' | 'warn' | 'strict';
  /** Where 'warn' reports a contract violation (default console.warn). */
  onWarning?: (message: string, details: { schemaId: SchemaId; errors: ValidationError[] }) => void;
  /** The fetch to use (default globalThis.fetch), e.g. a mock's. */
  fetch?: FetchLike;
  /** openapi-fetch middleware, applied to every typed call. */
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

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call, retries included. */
  signal?: AbortSignal;
}

/** The client {@link createFeishuClient} returns. */
export interface FeishuClient {
  chats: {
    /** One page of the chats the caller is in (`GET /open-apis/im/v1/chats`). */
    list(query?: ListQuery, options?: CallOptions): Promise<ChatPage>;
    /** One page of the chats visible to the caller that match `query.query` (`GET /open-apis/im/v1/chats/search`). */
    search(query?: SearchQuery, options?: CallOptions): Promise<ChatPage>;
    /** Every chat the caller is in, across pages; resumes from `query.page_token`. */
    listAll(query?: ListQuery, options?: CallOptions): AsyncGenerator<Chat, void, undefined>;
    /** Every matching chat, across pages; resumes from `query.page_token`. */
    searchAll(query?: SearchQuery, options?: CallOptions): AsyncGenerator<Chat, void, undefined>;
  };
  /** The raw typed openapi-fetch client, with auth, retries and timeouts applied. */
  api: Client<paths>;
}

const metas = new WeakMap<object, ResponseMeta>();
/** The status, log id and headers of the answer a page came from. */
export function getResponseMeta(result: object): ResponseMeta | undefined {
  return metas.get(result);
}


/** Creates a typed Feishu client for the chat endpoints. */
export function createFeishuClient(options: FeishuClientOptions): FeishuClient {
  if (!options || typeof options !== 'object' || !options.auth) throw new FeishuError('createFeishuClient needs options.auth');
  const baseUrl = options.baseUrl ?? FEISHU_BASE_URL;
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const retrying = withRetries(baseFetch, { retry: options.retry ?? {}, timeoutMs: options.timeoutMs ?? 30_000, maxResponseBytes: options.maxResponseBytes });
  const tokens = tokenSource(options.auth, baseUrl, retrying);
  const mode = options.validateResponses ?? 'off';
  const warn = options.onWarning ?? ((message: string) => console.warn(message));

  const authed: FetchLike = async (request) => {
    const send = async (token: string) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', `Bearer ${token}`);
      return retrying(new Request(request.body ? request.clone() : request, { headers }));
    };
    const token = await tokens.get();
    const response = await send(token);
    if ((await hasCode(response, errorCodes.tenantTokenInvalid.code)) && tokens.invalidate(token)) {
      // The cached tenant token was revoked or expired early: fetch a new one and try once more.
      return send(await tokens.get());
    }
    return response;
  };

  const api = createClient<paths>({ baseUrl, fetch: authed, querySerializer: { array: { style: 'form', explode: false } } });
  for (const m of options.middleware ?? []) api.use(m);

  async function call(operationId: 'listChats' | 'searchChats', query: object, callOptions?: CallOptions): Promise<ChatPage> {
    const querySchema = `${operationId}.query` as const;
    const check = validate(querySchema, query);
    if (!check.valid) throw new FeishuContractError(querySchema, check.errors);
    const path = operationId === 'listChats' ? '/open-apis/im/v1/chats' : '/open-apis/im/v1/chats/search';
    // parseAs 'stream': openapi-fetch leaves the body alone, because the retry layer has already
    // read and decoded it once (peekText); the envelope, not the status, decides success, and a
    // non-JSON body must become a typed error.
    const { response, data, error } = await api.GET(path, { params: { query: query as never }, parseAs: 'stream', signal: callOptions?.signal });
    const body = parseEnvelope(response, peekText(response) ?? (await bodyTextOf(data, error)));
    const schemaId = responseSchemaId(operationId, response.status);
    if (mode !== 'off' && schemaId) {
      const result = validate(schemaId, body);
      if (!result.valid) {
        const error = new FeishuContractError(schemaId, result.errors);
        if (mode === 'strict') throw error;
        warn(error.message, { schemaId, errors: result.errors });
      }
    }
    const page = (body as { data: ChatPage }).data;
    metas.set(page, { status: response.status, logId: response.headers.get('x-tt-logid') || undefined, headers: response.headers });
    return page;
  }

  return {
    api,
    chats: {
      list: (query = {}, o) => call('listChats', query, o),
      search: (query = {}, o) => call('searchChats', query, o),
      listAll: (query = {}, o) => paginate((q) => call('listChats', q, o), query),
      searchAll: (query = {}, o) => paginate((q) => call('searchChats', q, o), query),
    },
  };
}

/** The body text when a middleware replaced the response the retry layer read. */
async function bodyTextOf(data: unknown, error: unknown): Promise<string | undefined> {
  if (typeof error === 'string') return error;
  if (error !== undefined) return JSON.stringify(error);
  if (data instanceof ReadableStream) return new Response(data).text();
  return typeof data === 'string' ? data : undefined;
}

/** Whether a JSON answer carries `code`; a text scan first, so that a page of chats is not parsed twice. */
async function hasCode(response: Response, code: number): Promise<boolean> {
  if (!response.headers.get('content-type')?.includes('json')) return false;
  const text = peekText(response) ?? (await response.clone().text());
  if (!new RegExp(`"code"\\s*:\\s*${code}\\b`).test(text)) return false;
  try {
    return (JSON.parse(text) as { code?: unknown }).code === code;
  } catch {
    return false;
  }
}

/** The JSON envelope of an answer, or the typed error it stands for. */
function parseEnvelope(response: Response, text: string | undefined): { code: 0; msg: string; data?: unknown } {
  const contentType = response.headers.get('content-type') ?? undefined;
  let body: unknown;
  try {
    body = JSON.parse(text ?? '');
  } catch {
    throw new FeishuUnexpectedResponseError(response.status, contentType, (text ?? '').slice(0, 200));
  }
  const envelope = body as { code?: unknown; msg?: unknown; error?: { log_id?: unknown; permission_violations?: unknown } };
  if (!envelope || typeof envelope !== 'object' || typeof envelope.code !== 'number') {
    throw new FeishuUnexpectedResponseError(response.status, contentType, (text ?? '').slice(0, 200));
  }
  if (envelope.code !== 0 || !response.ok) {
    throw new FeishuApiError({
      code: envelope.code,
      msg: typeof envelope.msg === 'string' ? envelope.msg : '',
      httpStatus: response.status,
      logId: response.headers.get('x-tt-logid') || (typeof envelope.error?.log_id === 'string' ? envelope.error.log_id : undefined),
      permissionViolations: Array.isArray(envelope.error?.permission_violations) ? (envelope.error.permission_violations as PermissionViolation[]) : [],
      retryAfterSeconds: retryAfterSeconds(response.headers),
      body,
    });
  }
  return body as { code: 0; msg: string };
}
