// The client's resource methods of the message lifecycle and chat management (issue 24), built from
// one declarative map: each method names its operation and how its arguments become the operation's
// path, query and body. Retries, validation, uploads and paging are the operation table's business
// (client.request / client.paginate), so a method here is one line of the map and index.ts does not
// grow per operation.
import type { InteractiveContent, MessageContents } from '../../generated/message.js';
import type { Endpoints, OperationId, PaginatedOperationId } from '../../generated/operations.js';
import { FeishuError } from '../errors.js';
import type { UploadData } from './multipart.js';

/** Per-call options the resource methods pass on (see CallOptions in the client). */
export interface ResourceCallOptions {
  signal?: AbortSignal;
  maxPages?: number;
  fileNames?: Record<string, string>;
}

type Params<Op extends OperationId> = { path?: Endpoints[Op]['pathParams']; query?: Endpoints[Op]['query']; body?: Endpoints[Op]['body'] };
/** What the map's methods call: the client's request and paginate. */
export interface ResourceCore {
  request<Op extends OperationId>(operationId: Op, params?: Params<Op>, options?: ResourceCallOptions): Promise<Endpoints[Op]['data']>;
  paginate<Op extends PaginatedOperationId>(operationId: Op, params?: Params<Op>, options?: ResourceCallOptions): AsyncGenerator<Endpoints[Op]['item'], void, undefined>;
}

/** A message type a reply may have (every sendable type but `system`). */
export type ReplyMsgType = Exclude<keyof MessageContents, 'system'>;
/** A reply for {@link MessageLifecycle.reply}: the content as an object, typed by `msgType` (the client serializes it). */
export type OutgoingReply = {
  [T in ReplyMsgType]: {
    msgType: T;
    content: NonNullable<MessageContents[T]>;
    /** Reply as a thread (a reply to a message in a thread joins it anyway). */
    replyInThread?: boolean;
    /** Dedup key (at most 50 characters): one reply per uuid within an hour, so only a reply with one is retried. */
    uuid?: string;
  };
}[ReplyMsgType];

/**
 * A card for {@link MessageLifecycle.update}: a card JSON object (1.0 or 2.0) or a template `{ type: 'template', data }`.
 * `InteractiveContent` (what an `interactive` send takes) is accepted as it is, so one typed card helper serves both
 * the send and the update.
 */
export type CardForUpdate = InteractiveContent | Record<string, unknown>;

type Data<Op extends OperationId> = Promise<Endpoints[Op]['data']>;
type Items<Op extends PaginatedOperationId> = AsyncGenerator<Endpoints[Op]['item'], void, undefined>;

/** The message lifecycle, on `client.messages` beside `send`. */
export interface MessageLifecycle {
  /** Replies to a message (operation `replyMessage`); retried on transient failures only with a `uuid`. */
  reply(messageId: string, reply: OutgoingReply, options?: ResourceCallOptions): Data<'replyMessage'>;
  /** Replaces a card the same identity sent (operation `patchMessage`); the card must be shared (`config.update_multi: true`). */
  update(messageId: string, card: CardForUpdate, options?: ResourceCallOptions): Data<'patchMessage'>;
  /** One page of a chat's or a thread's history (operation `listMessages`). */
  list(query: Endpoints['listMessages']['query'], options?: ResourceCallOptions): Data<'listMessages'>;
  /** Every message of a chat or a thread, across pages; resumes from `query.page_token`. */
  listAll(query: Endpoints['listMessages']['query'], options?: ResourceCallOptions): Items<'listMessages'>;
  /** One message (operation `getMessage`): `items`, the message (and a merge-forward's sub-messages). */
  get(messageId: string, query?: Endpoints['getMessage']['query'], options?: ResourceCallOptions): Data<'getMessage'>;
  /** The reactions of one message. */
  reactions(messageId: string): {
    /** Puts an emoji on the message (operation `createReaction`); a repeat returns the existing reaction. */
    add(emojiType: string, options?: ResourceCallOptions): Data<'createReaction'>;
    /** One page of the message's reactions (operation `listReactions`). */
    list(query?: Endpoints['listReactions']['query'], options?: ResourceCallOptions): Data<'listReactions'>;
    /** Every reaction of the message, across pages. */
    listAll(query?: Endpoints['listReactions']['query'], options?: ResourceCallOptions): Items<'listReactions'>;
    /** Removes one of the caller's reactions (operation `deleteReaction`). */
    remove(reactionId: string, options?: ResourceCallOptions): Data<'deleteReaction'>;
  };
}

/** Uploads; a body is streamed, its documented limits checked before and while sending, and never retried. */
export interface UploadResources {
  images: {
    /** Uploads an image (operation `uploadImage`) and resolves to `{ image_key }`. */
    upload(data: UploadData, options?: ResourceCallOptions & { imageType?: Endpoints['uploadImage']['body']['image_type']; fileName?: string }): Data<'uploadImage'>;
  };
  files: {
    /** Uploads a file (operation `uploadFile`) and resolves to `{ file_key }`. */
    upload(data: UploadData, options: ResourceCallOptions & { fileType: Endpoints['uploadFile']['body']['file_type']; fileName: string; durationMs?: number }): Data<'uploadFile'>;
  };
  cards: {
    /** Replaces a card with a card callback's token (operation `updateCardByToken`); call it after answering the callback. */
    updateByToken(token: string, card: Endpoints['updateCardByToken']['body']['card'], options?: ResourceCallOptions): Data<'updateCardByToken'>;
  };
}

/** Chat management, on `client.chats` beside the reads. */
export interface ChatManagement {
  /** Creates a chat (operation `createChat`); retried on transient failures only with `query.uuid`. */
  create(chat?: Endpoints['createChat']['body'], query?: Endpoints['createChat']['query'], options?: ResourceCallOptions): Data<'createChat'>;
}
/** Adding members, on `client.chats.members(chatId)` beside list/listAll. */
export interface ChatMemberManagement {
  /** Adds users or bots (operation `addChatMembers`); `query.succeed_type` says what unusable ids do. */
  add(ids: string[], query?: Endpoints['addChatMembers']['query'], options?: ResourceCallOptions): Data<'addChatMembers'>;
}

/** JSON.stringify, or a FeishuError naming the operation when the value cannot be serialized. */
function serialized(value: unknown, operationId: string): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw Object.assign(new FeishuError(`content cannot be serialized as JSON: ${(error as Error).message}`), { operationId });
  }
}
const rejecting = <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error);
  }
};

/** The map: each method, its operation, and its arguments as path, query and body. */
export function lifecycleResources(core: ResourceCore) {
  const messages: MessageLifecycle = {
    reply: (messageId, r, o) =>
      rejecting(() => core.request('replyMessage', { path: { message_id: messageId }, body: { msg_type: r.msgType, content: serialized(r.content, 'replyMessage'), ...(r.replyInThread !== undefined && { reply_in_thread: r.replyInThread }), ...(r.uuid !== undefined && { uuid: r.uuid }) } as Endpoints['replyMessage']['body'] }, o)),
    update: (messageId, card, o) => rejecting(() => core.request('patchMessage', { path: { message_id: messageId }, body: { content: serialized(card, 'patchMessage') } }, o)),
    list: (query, o) => core.request('listMessages', { query }, o),
    listAll: (query, o) => core.paginate('listMessages', { query }, o),
    get: (messageId, query = {}, o) => core.request('getMessage', { path: { message_id: messageId }, query }, o),
    reactions: (messageId) => ({
      add: (emojiType, o) => core.request('createReaction', { path: { message_id: messageId }, body: { reaction_type: { emoji_type: emojiType } } }, o),
      list: (query = {}, o) => core.request('listReactions', { path: { message_id: messageId }, query }, o),
      listAll: (query = {}, o) => core.paginate('listReactions', { path: { message_id: messageId }, query }, o),
      remove: (reactionId, o) => core.request('deleteReaction', { path: { message_id: messageId, reaction_id: reactionId } }, o),
    }),
  };
  const uploads: UploadResources = {
    images: {
      upload: (data, { imageType = 'message', fileName, ...o } = {}) =>
        core.request('uploadImage', { body: { image_type: imageType, image: data as unknown as string } }, { ...o, fileNames: { image: fileName ?? 'image' } }),
    },
    files: {
      upload: (data, { fileType, fileName, durationMs, ...o }) =>
        core.request('uploadFile', { body: { file_type: fileType, file_name: fileName, ...(durationMs !== undefined && { duration: durationMs }), file: data as unknown as string } }, { ...o, fileNames: { file: fileName } }),
    },
    cards: {
      updateByToken: (token, card, o) => core.request('updateCardByToken', { body: { token, card } }, o),
    },
  };
  const chats: ChatManagement = {
    create: (chat = {}, query = {}, o) => core.request('createChat', { body: chat, query }, o),
  };
  const members = (chatId: string): ChatMemberManagement => ({
    add: (ids, query = {}, o) => core.request('addChatMembers', { path: { chat_id: chatId }, query, body: { id_list: ids } }, o),
  });
  return { messages, uploads, chats, members };
}
