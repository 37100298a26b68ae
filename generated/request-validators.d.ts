/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: scripts/generate-validators.js
 * Regenerate: npm run generate
 */
import type { ValidateFunction } from "ajv";
export declare const listChats_query: ValidateFunction;
export declare const createChat_query: ValidateFunction;
export declare const searchChats_query: ValidateFunction;
export declare const getChat_path: ValidateFunction;
export declare const getChat_query: ValidateFunction;
export declare const listChatMembers_path: ValidateFunction;
export declare const listChatMembers_query: ValidateFunction;
export declare const addChatMembers_path: ValidateFunction;
export declare const addChatMembers_query: ValidateFunction;
export declare const isInChat_path: ValidateFunction;
export declare const searchChatsV2_query: ValidateFunction;
export declare const listMessages_query: ValidateFunction;
export declare const createMessage_query: ValidateFunction;
export declare const getMessage_path: ValidateFunction;
export declare const getMessage_query: ValidateFunction;
export declare const patchMessage_path: ValidateFunction;
export declare const replyMessage_path: ValidateFunction;
export declare const listReactions_path: ValidateFunction;
export declare const listReactions_query: ValidateFunction;
export declare const createReaction_path: ValidateFunction;
export declare const deleteReaction_path: ValidateFunction;
