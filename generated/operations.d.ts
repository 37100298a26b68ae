/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the operation table (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
import type { SchemaId, SchemaTypes } from './schema-types.js';
import type { operations as OpenApiOperations } from './openapi.js';

/** One documented error code of an operation. */
export interface OperationErrorCode {
  name: string;
  code: number;
  httpStatus: number;
  /** Whether a client may retry (rate limits; an invalid tenant token only after fetching a new one). */
  retryable: boolean;
  msg?: string;
  meaning: string;
  action: string;
  /** The code the operation answers for a request that breaks its contract (x-invalid-parameter). */
  invalidParameter?: boolean;
  /** Codes the platform puts inside this one's msg (`ext=ErrCode: N; ErrMsg: …`), e.g. 230099's card sub-codes. */
  subCodes?: readonly { name: string; code: number; msg: string }[];
}

/** One part of a multipart form body: a text field (typed as its schema says) or a binary part with its limits. */
export type MultipartPart =
  | { name: string; kind: 'text'; type: 'string' | 'integer' | 'number' | 'boolean'; required: boolean }
  | { name: string; kind: 'binary'; required: boolean; maxBytes?: number; minBytes?: number; formats?: readonly string[]; /** Largest width and height: per format, per image type (avatar), else `default`. */ maxDimensions?: Readonly<Record<string, number>> };

/** Everything the contract says about one operation, as data. */
export interface OperationInfo {
  operationId: OperationId;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /** The path template, e.g. `/open-apis/im/v1/chats/{chat_id}`. */
  path: string;
  /** Path parameter names, in template order. */
  pathParams: readonly string[];
  /** Schema ids of the inputs and of the success body. */
  schemas: { path?: SchemaId; query?: SchemaId; body?: SchemaId; response: SchemaId };
  /** Per documented status: the success and/or error body schema id (a 200 may be either: `code` decides). */
  responses: Readonly<Record<string, { success?: SchemaId; error?: SchemaId }>>;
  /** Present when the operation pages by `page_token`/`page_size` and answers `data.<itemsKey>` + `has_more`. */
  pagination?: { itemsKey: string; pageTokenParam: string; pageSizeParam: string; in: 'query' };
  /** The request body's media type; a multipart form lists its parts (in schema order). */
  body?: { mediaType: 'application/json' | 'multipart/form-data'; required: boolean; parts?: readonly MultipartPart[] };
  /** Token types the platform was seen to accept although the contract does not document them (x-observed). */
  observedTokenTypes?: readonly ('tenant' | 'user')[];
  /** The card callback token this operation takes: uses per token (Feishu, Lark) and lifetime (x-token-uses). */
  callbackToken?: { feishu: number; lark: number; lifetimeMinutes: number };
  /** The access tokens the operation accepts (empty: no token, e.g. the token endpoint). */
  tokenTypes: readonly ('tenant' | 'user')[];
  /** Any one of `anyOf` suffices; `fields` need their own scope. */
  scopes: { anyOf: readonly string[]; fields: readonly { scope: string; when?: string; fields: readonly string[] }[] };
  /** The documented rate limit (x-rate-limit). */
  rateLimit?: { perSecond?: number; perMinute?: number; scope?: string; whenExceeded?: string; [fact: string]: unknown };
  /** Documented counts the operation enforces (x-limits), e.g. addChatMembers' users per call and members per chat by chat kind. */
  limits?: Readonly<Record<string, number | Readonly<Record<string, number>>>>;
  /** Every error code the operation documents. */
  errorCodes: readonly OperationErrorCode[];
  /** Facts per query parameter: default, empty-result cutoff, values refused for a token type. */
  query: Readonly<Record<string, { default?: unknown; emptyResultAboveLength?: number; tokenRestrictions?: readonly { tokenType: 'tenant' | 'user'; values: readonly string[]; error: string }[] }>>;
  /** The success envelope has no `data` (updateCardByToken answers only code and msg): the client resolves to `{}`. */
  dataless?: boolean;
  /** Safe to resend as is (GET…). */
  idempotent: boolean;
  /** A body field that makes a resend safe when set (the platform dedupes it). */
  idempotencyKey?: { in: 'body' | 'query'; name: string; window?: string };
}

/** The success envelope's `data`, or — for envelopes without one (the token endpoint) — the envelope without code and msg. */
type DataOf<R> = R extends { data?: infer D } ? NonNullable<D> : Omit<R, 'code' | 'msg'>;

/** Request and response types of every operation, keyed by operationId. */
export interface Endpoints {
  listChats: {
    method: "GET";
    path: "/open-apis/im/v1/chats";
    pathParams: Record<never, never>;
    query: SchemaTypes["listChats.query"];
    body: undefined;
    response: SchemaTypes["listChats.response"];
    data: DataOf<SchemaTypes["listChats.response"]>;
    item: NonNullable<DataOf<SchemaTypes["listChats.response"]>["items"]>[number];
    paginated: true;
  };
  createChat: {
    method: "POST";
    path: "/open-apis/im/v1/chats";
    pathParams: Record<never, never>;
    query: SchemaTypes["createChat.query"];
    body: SchemaTypes["createChat.body"];
    response: SchemaTypes["createChat.response"];
    data: DataOf<SchemaTypes["createChat.response"]>;
    item: never;
    paginated: false;
  };
  searchChats: {
    method: "GET";
    path: "/open-apis/im/v1/chats/search";
    pathParams: Record<never, never>;
    query: SchemaTypes["searchChats.query"];
    body: undefined;
    response: SchemaTypes["searchChats.response"];
    data: DataOf<SchemaTypes["searchChats.response"]>;
    item: NonNullable<DataOf<SchemaTypes["searchChats.response"]>["items"]>[number];
    paginated: true;
  };
  getChat: {
    method: "GET";
    path: "/open-apis/im/v1/chats/{chat_id}";
    pathParams: SchemaTypes["getChat.path"];
    query: SchemaTypes["getChat.query"];
    body: undefined;
    response: SchemaTypes["getChat.response"];
    data: DataOf<SchemaTypes["getChat.response"]>;
    item: never;
    paginated: false;
  };
  listChatMembers: {
    method: "GET";
    path: "/open-apis/im/v1/chats/{chat_id}/members";
    pathParams: SchemaTypes["listChatMembers.path"];
    query: SchemaTypes["listChatMembers.query"];
    body: undefined;
    response: SchemaTypes["listChatMembers.response"];
    data: DataOf<SchemaTypes["listChatMembers.response"]>;
    item: NonNullable<DataOf<SchemaTypes["listChatMembers.response"]>["items"]>[number];
    paginated: true;
  };
  addChatMembers: {
    method: "POST";
    path: "/open-apis/im/v1/chats/{chat_id}/members";
    pathParams: SchemaTypes["addChatMembers.path"];
    query: SchemaTypes["addChatMembers.query"];
    body: SchemaTypes["addChatMembers.body"];
    response: SchemaTypes["addChatMembers.response"];
    data: DataOf<SchemaTypes["addChatMembers.response"]>;
    item: never;
    paginated: false;
  };
  isInChat: {
    method: "GET";
    path: "/open-apis/im/v1/chats/{chat_id}/members/is_in_chat";
    pathParams: SchemaTypes["isInChat.path"];
    query: Record<never, never>;
    body: undefined;
    response: SchemaTypes["isInChat.response"];
    data: DataOf<SchemaTypes["isInChat.response"]>;
    item: never;
    paginated: false;
  };
  searchChatsV2: {
    method: "POST";
    path: "/open-apis/im/v2/chats/search";
    pathParams: Record<never, never>;
    query: SchemaTypes["searchChatsV2.query"];
    body: SchemaTypes["searchChatsV2.body"];
    response: SchemaTypes["searchChatsV2.response"];
    data: DataOf<SchemaTypes["searchChatsV2.response"]>;
    item: NonNullable<DataOf<SchemaTypes["searchChatsV2.response"]>["items"]>[number];
    paginated: true;
  };
  listMessages: {
    method: "GET";
    path: "/open-apis/im/v1/messages";
    pathParams: Record<never, never>;
    query: SchemaTypes["listMessages.query"];
    body: undefined;
    response: SchemaTypes["listMessages.response"];
    data: DataOf<SchemaTypes["listMessages.response"]>;
    item: NonNullable<DataOf<SchemaTypes["listMessages.response"]>["items"]>[number];
    paginated: true;
  };
  createMessage: {
    method: "POST";
    path: "/open-apis/im/v1/messages";
    pathParams: Record<never, never>;
    query: SchemaTypes["createMessage.query"];
    body: SchemaTypes["createMessage.body"];
    response: SchemaTypes["createMessage.response"];
    data: DataOf<SchemaTypes["createMessage.response"]>;
    item: never;
    paginated: false;
  };
  getMessage: {
    method: "GET";
    path: "/open-apis/im/v1/messages/{message_id}";
    pathParams: SchemaTypes["getMessage.path"];
    query: SchemaTypes["getMessage.query"];
    body: undefined;
    response: SchemaTypes["getMessage.response"];
    data: DataOf<SchemaTypes["getMessage.response"]>;
    item: never;
    paginated: false;
  };
  patchMessage: {
    method: "PATCH";
    path: "/open-apis/im/v1/messages/{message_id}";
    pathParams: SchemaTypes["patchMessage.path"];
    query: Record<never, never>;
    body: SchemaTypes["patchMessage.body"];
    response: SchemaTypes["patchMessage.response"];
    data: DataOf<SchemaTypes["patchMessage.response"]>;
    item: never;
    paginated: false;
  };
  replyMessage: {
    method: "POST";
    path: "/open-apis/im/v1/messages/{message_id}/reply";
    pathParams: SchemaTypes["replyMessage.path"];
    query: Record<never, never>;
    body: SchemaTypes["replyMessage.body"];
    response: SchemaTypes["replyMessage.response"];
    data: DataOf<SchemaTypes["replyMessage.response"]>;
    item: never;
    paginated: false;
  };
  listReactions: {
    method: "GET";
    path: "/open-apis/im/v1/messages/{message_id}/reactions";
    pathParams: SchemaTypes["listReactions.path"];
    query: SchemaTypes["listReactions.query"];
    body: undefined;
    response: SchemaTypes["listReactions.response"];
    data: DataOf<SchemaTypes["listReactions.response"]>;
    item: NonNullable<DataOf<SchemaTypes["listReactions.response"]>["items"]>[number];
    paginated: true;
  };
  createReaction: {
    method: "POST";
    path: "/open-apis/im/v1/messages/{message_id}/reactions";
    pathParams: SchemaTypes["createReaction.path"];
    query: Record<never, never>;
    body: SchemaTypes["createReaction.body"];
    response: SchemaTypes["createReaction.response"];
    data: DataOf<SchemaTypes["createReaction.response"]>;
    item: never;
    paginated: false;
  };
  deleteReaction: {
    method: "DELETE";
    path: "/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}";
    pathParams: SchemaTypes["deleteReaction.path"];
    query: Record<never, never>;
    body: undefined;
    response: SchemaTypes["deleteReaction.response"];
    data: DataOf<SchemaTypes["deleteReaction.response"]>;
    item: never;
    paginated: false;
  };
  uploadImage: {
    method: "POST";
    path: "/open-apis/im/v1/images";
    pathParams: Record<never, never>;
    query: Record<never, never>;
    body: SchemaTypes["uploadImage.body"];
    response: SchemaTypes["uploadImage.response"];
    data: DataOf<SchemaTypes["uploadImage.response"]>;
    item: never;
    paginated: false;
  };
  uploadFile: {
    method: "POST";
    path: "/open-apis/im/v1/files";
    pathParams: Record<never, never>;
    query: Record<never, never>;
    body: SchemaTypes["uploadFile.body"];
    response: SchemaTypes["uploadFile.response"];
    data: DataOf<SchemaTypes["uploadFile.response"]>;
    item: never;
    paginated: false;
  };
  updateCardByToken: {
    method: "POST";
    path: "/open-apis/interactive/v1/card/update";
    pathParams: Record<never, never>;
    query: Record<never, never>;
    body: SchemaTypes["updateCardByToken.body"];
    response: SchemaTypes["updateCardByToken.response"];
    data: DataOf<SchemaTypes["updateCardByToken.response"]>;
    item: never;
    paginated: false;
  };
  getTenantAccessToken: {
    method: "POST";
    path: "/open-apis/auth/v3/tenant_access_token/internal";
    pathParams: Record<never, never>;
    query: Record<never, never>;
    body: SchemaTypes["getTenantAccessToken.body"];
    response: SchemaTypes["getTenantAccessToken.response"];
    data: DataOf<SchemaTypes["getTenantAccessToken.response"]>;
    item: never;
    paginated: false;
  };
  getLongConnectionEndpoint: {
    method: "POST";
    path: "/callback/ws/endpoint";
    pathParams: Record<never, never>;
    query: Record<never, never>;
    body: SchemaTypes["getLongConnectionEndpoint.body"];
    response: SchemaTypes["getLongConnectionEndpoint.response"];
    data: DataOf<SchemaTypes["getLongConnectionEndpoint.response"]>;
    item: never;
    paginated: false;
  };
}

/** Every operationId of the contract. */
export type OperationId = keyof Endpoints;
/** The operationIds that page (`client.paginate` accepts these). */
export type PaginatedOperationId = { [K in OperationId]: Endpoints[K]['paginated'] extends true ? K : never }[OperationId];

/** Every operation of the contract, by operationId. */
export declare const operations: { readonly [K in OperationId]: OperationInfo & { operationId: K; method: Endpoints[K]['method']; path: Endpoints[K]['path'] } };
/** openapi-typescript's per-operation types (the same name, in the type space, as before this table existed). */
export type operations = OpenApiOperations;
