/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: scripts/generate-validators.js
 * Regenerate: npm run generate
 */
import type { ValidateFunction } from "ajv";
export declare const listChats_query: ValidateFunction;
export declare const listChats_response: ValidateFunction;
export declare const searchChats_query: ValidateFunction;
export declare const searchChats_response: ValidateFunction;
export declare const getChat_path: ValidateFunction;
export declare const getChat_query: ValidateFunction;
export declare const getChat_response: ValidateFunction;
export declare const listChatMembers_path: ValidateFunction;
export declare const listChatMembers_query: ValidateFunction;
export declare const listChatMembers_response: ValidateFunction;
export declare const isInChat_path: ValidateFunction;
export declare const isInChat_response: ValidateFunction;
export declare const searchChatsV2_query: ValidateFunction;
export declare const searchChatsV2_body: ValidateFunction;
export declare const searchChatsV2_response: ValidateFunction;
export declare const createMessage_query: ValidateFunction;
export declare const createMessage_body: ValidateFunction;
export declare const createMessage_response: ValidateFunction;
export declare const getTenantAccessToken_body: ValidateFunction;
export declare const getTenantAccessToken_response: ValidateFunction;
export declare const getLongConnectionEndpoint_body: ValidateFunction;
export declare const getLongConnectionEndpoint_response: ValidateFunction;
export declare const errorResponse: ValidateFunction;
export declare const chooseChat_input: ValidateFunction;
export declare const chooseChat_success: ValidateFunction;
export declare const chooseChat_fail: ValidateFunction;
export declare const getChatInfo_input: ValidateFunction;
export declare const getChatInfo_success: ValidateFunction;
export declare const getChatInfo_fail: ValidateFunction;
export declare const sendMessageCard_input: ValidateFunction;
export declare const sendMessageCard_success: ValidateFunction;
export declare const sendMessageCard_fail: ValidateFunction;
export declare const card: ValidateFunction;
export declare const card_v1: ValidateFunction;
export declare const card_v2: ValidateFunction;
export declare const longconn_ack: ValidateFunction;
export declare const longconn_client_config: ValidateFunction;
export declare const message_audio: ValidateFunction;
export declare const message_file: ValidateFunction;
export declare const message_image: ValidateFunction;
export declare const message_interactive: ValidateFunction;
export declare const message_media: ValidateFunction;
export declare const message_post: ValidateFunction;
export declare const message_share_chat: ValidateFunction;
export declare const message_share_user: ValidateFunction;
export declare const message_sticker: ValidateFunction;
export declare const message_system: ValidateFunction;
export declare const message_text: ValidateFunction;
