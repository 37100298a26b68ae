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
}

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
  /** The access tokens the operation accepts (empty: no token, e.g. the token endpoint). */
  tokenTypes: readonly ('tenant' | 'user')[];
  /** Any one of `anyOf` suffices; `fields` need their own scope. */
  scopes: { anyOf: readonly string[]; fields: readonly { scope: string; when?: string; fields: readonly string[] }[] };
  /** The documented rate limit (x-rate-limit). */
  rateLimit?: { perSecond?: number; perMinute?: number; scope?: string; whenExceeded?: string; [fact: string]: unknown };
  /** Every error code the operation documents. */
  errorCodes: readonly OperationErrorCode[];
  /** Facts per query parameter: default, empty-result cutoff, values refused for a token type. */
  query: Readonly<Record<string, { default?: unknown; emptyResultAboveLength?: number; tokenRestrictions?: readonly { tokenType: 'tenant' | 'user'; values: readonly string[]; error: string }[] }>>;
  /** Safe to resend as is (GET…). */
  idempotent: boolean;
  /** A body field that makes a resend safe when set (the platform dedupes it). */
  idempotencyKey?: { in: 'body'; name: string; window?: string };
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
