/**
 * feishu-chat-contract: a typed client for Feishu/Lark's chat endpoints (list, search, get, members,
 * is-in-chat, v2 search, send), driven by the operation table generated from the contract.
 *
 * @example
 * ```ts
 * import { createFeishuClient } from 'feishu-chat-contract';
 * const client = createFeishuClient({ auth: { appId, appSecret } });
 * for await (const chat of client.chats.listAll({ page_size: 100 })) console.log(chat.chat_id, chat.name);
 * const chat = await client.request('getChat', { path: { chat_id: 'oc_…' } }); // any operation, by operationId
 * ```
 * @packageDocumentation
 */
export {
  createFeishuClient, getResponseMeta, FEISHU_BASE_URL, LARK_BASE_URL,
  type FeishuClient, type FeishuClientOptions, type CallOptions, type ResponseMeta, type Chat,
  type ChatMember, type OutgoingMessage, type MsgType,
} from './client/index.js';
/** The content of each sendable message type (`msg_type`), generated from schemas/message/. */
export type {
  MessageContents, TextContent, PostContent, PostLocale, PostParagraph, PostNode, PostStyle, PostTextNode, PostLinkNode, PostAtNode,
  PostImageNode, PostMediaNode, PostEmotionNode, PostCodeBlockNode, PostHrNode, PostMarkdownNode, ImageContent, FileContent,
  AudioContent, MediaContent, StickerContent, InteractiveContent, TemplateCard, CardEntity, ShareChatContent, ShareUserContent,
  SystemContent,
} from '../generated/message.js';
export type { FeishuAuth } from './client/auth.js';
export type { RetryOptions } from './client/retry.js';
export type { FetchLike } from './client/transport.js';
export {
  FeishuError, FeishuApiError, FeishuContractError, FeishuNetworkError, FeishuTimeoutError, FeishuUnexpectedResponseError, FeishuAbortError, FeishuPaginationError,
  type PermissionViolation, type FieldViolation,
} from './client/errors.js';
/** Thrown by the event receiver (`feishu-chat-contract/events`): which check refused a request. */
export { FeishuEventError, type FeishuEventErrorReason } from './events/errors.js';
export { recordTo, FixtureNormalizer, type RecordOptions, type RecordedFixture } from './client/record.js';
export {
  errorCodes, queryFacts, rateLimitOf, jsapiErrorCodes, jsapiErrorCodeInfo,
  type ErrorCodeInfo, type ErrorCodeName, type JsapiErrorCodeInfo, type JsapiName,
} from './contract-facts.js';
export type { paths, components } from '../generated/openapi.js';
// `operations` is the operation table (a value) and, in the type space, openapi-typescript's per-operation types.
export {
  operations,
  type OperationInfo, type OperationErrorCode, type OperationId, type PaginatedOperationId, type Endpoints,
} from '../generated/operations.js';
export type * as Jsapi from '../generated/jsapi.js';
/** Card JSON 1.0 and 2.0 (`Card`, `CardV1`, `CardV2` and the component types), generated from schemas/card/. */
export type * from '../generated/card.js';
export type { SchemaId, SchemaTypes, ValidationError } from './validators/index.js';
