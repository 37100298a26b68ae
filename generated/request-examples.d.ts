/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: request examples (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
/** An operation's documented request examples: each parameter's examples (the first is the one sent) and each named body example. */
export interface RequestExamples {
  readonly path: Readonly<Record<string, readonly unknown[]>>;
  readonly query: Readonly<Record<string, readonly unknown[]>>;
  readonly body: Readonly<Record<string, unknown>>;
}
export declare const listChats: RequestExamples;
export declare const createChat: RequestExamples;
export declare const searchChats: RequestExamples;
export declare const getChat: RequestExamples;
export declare const listChatMembers: RequestExamples;
export declare const addChatMembers: RequestExamples;
export declare const isInChat: RequestExamples;
export declare const searchChatsV2: RequestExamples;
export declare const listMessages: RequestExamples;
export declare const createMessage: RequestExamples;
export declare const getMessage: RequestExamples;
export declare const patchMessage: RequestExamples;
export declare const replyMessage: RequestExamples;
export declare const listReactions: RequestExamples;
export declare const createReaction: RequestExamples;
export declare const deleteReaction: RequestExamples;
export declare const uploadImage: RequestExamples;
export declare const uploadFile: RequestExamples;
export declare const updateCardByToken: RequestExamples;
export declare const getTenantAccessToken: RequestExamples;
export declare const getLongConnectionEndpoint: RequestExamples;
