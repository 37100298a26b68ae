/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the type of every schema id (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
import type * as OpenApi from './openapi.js';
import type * as T_jsapi_d_ts from "./jsapi.js";
import type * as T_card_d_ts from "./card.js";
import type * as T_event_types_d_ts from "./event-types.js";
import type * as T_longconn_schemas_d_ts from "./longconn-schemas.js";
import type * as T_message_d_ts from "./message.js";

/** The TypeScript type that each schema id describes; a valid result narrows data to it. */
export interface SchemaTypes {
  "listChats.query": NonNullable<OpenApi.operations["listChats"]['parameters']["query"]>;
  "listChats.response": OpenApi.components['schemas']["ListChatsResponse"];
  "createChat.query": NonNullable<OpenApi.operations["createChat"]['parameters']["query"]>;
  "createChat.body": OpenApi.components['schemas']["CreateChatRequest"];
  "createChat.response": OpenApi.components['schemas']["CreateChatResponse"];
  "searchChats.query": NonNullable<OpenApi.operations["searchChats"]['parameters']["query"]>;
  "searchChats.response": OpenApi.components['schemas']["SearchChatsResponse"];
  "getChat.path": OpenApi.operations["getChat"]['parameters']["path"];
  "getChat.query": NonNullable<OpenApi.operations["getChat"]['parameters']["query"]>;
  "getChat.response": OpenApi.components['schemas']["GetChatResponse"];
  "listChatMembers.path": OpenApi.operations["listChatMembers"]['parameters']["path"];
  "listChatMembers.query": NonNullable<OpenApi.operations["listChatMembers"]['parameters']["query"]>;
  "listChatMembers.response": OpenApi.components['schemas']["ListChatMembersResponse"];
  "addChatMembers.path": OpenApi.operations["addChatMembers"]['parameters']["path"];
  "addChatMembers.query": NonNullable<OpenApi.operations["addChatMembers"]['parameters']["query"]>;
  "addChatMembers.body": OpenApi.components['schemas']["AddChatMembersRequest"];
  "addChatMembers.response": OpenApi.components['schemas']["AddChatMembersResponse"];
  "isInChat.path": OpenApi.operations["isInChat"]['parameters']["path"];
  "isInChat.response": OpenApi.components['schemas']["IsInChatResponse"];
  "searchChatsV2.query": NonNullable<OpenApi.operations["searchChatsV2"]['parameters']["query"]>;
  "searchChatsV2.body": OpenApi.components['schemas']["SearchChatsV2Request"];
  "searchChatsV2.response": OpenApi.components['schemas']["SearchChatsV2Response"];
  "listMessages.query": NonNullable<OpenApi.operations["listMessages"]['parameters']["query"]>;
  "listMessages.response": OpenApi.components['schemas']["ListMessagesResponse"];
  "createMessage.query": NonNullable<OpenApi.operations["createMessage"]['parameters']["query"]>;
  "createMessage.body": OpenApi.components['schemas']["CreateMessageRequest"];
  "createMessage.response": OpenApi.components['schemas']["CreateMessageResponse"];
  "getMessage.path": OpenApi.operations["getMessage"]['parameters']["path"];
  "getMessage.query": NonNullable<OpenApi.operations["getMessage"]['parameters']["query"]>;
  "getMessage.response": OpenApi.components['schemas']["GetMessageResponse"];
  "patchMessage.path": OpenApi.operations["patchMessage"]['parameters']["path"];
  "patchMessage.body": OpenApi.components['schemas']["PatchMessageRequest"];
  "patchMessage.response": OpenApi.components['schemas']["PatchMessageResponse"];
  "replyMessage.path": OpenApi.operations["replyMessage"]['parameters']["path"];
  "replyMessage.body": OpenApi.components['schemas']["ReplyMessageRequest"];
  "replyMessage.response": OpenApi.components['schemas']["ReplyMessageResponse"];
  "listReactions.path": OpenApi.operations["listReactions"]['parameters']["path"];
  "listReactions.query": NonNullable<OpenApi.operations["listReactions"]['parameters']["query"]>;
  "listReactions.response": OpenApi.components['schemas']["ListReactionsResponse"];
  "createReaction.path": OpenApi.operations["createReaction"]['parameters']["path"];
  "createReaction.body": OpenApi.components['schemas']["CreateReactionRequest"];
  "createReaction.response": OpenApi.components['schemas']["CreateReactionResponse"];
  "deleteReaction.path": OpenApi.operations["deleteReaction"]['parameters']["path"];
  "deleteReaction.response": OpenApi.components['schemas']["DeleteReactionResponse"];
  "uploadImage.body": OpenApi.components['schemas']["UploadImageRequest"];
  "uploadImage.response": OpenApi.components['schemas']["UploadImageResponse"];
  "uploadFile.body": OpenApi.components['schemas']["UploadFileRequest"];
  "uploadFile.response": OpenApi.components['schemas']["UploadFileResponse"];
  "updateCardByToken.body": OpenApi.components['schemas']["UpdateCardByTokenRequest"];
  "updateCardByToken.response": OpenApi.components['schemas']["UpdateCardByTokenResponse"];
  "getTenantAccessToken.body": OpenApi.components['schemas']["TenantAccessTokenRequest"];
  "getTenantAccessToken.response": OpenApi.components['schemas']["TenantAccessTokenResponse"];
  "getLongConnectionEndpoint.body": OpenApi.components['schemas']["LongConnectionEndpointRequest"];
  "getLongConnectionEndpoint.response": OpenApi.components['schemas']["LongConnectionEndpointResponse"];
  "errorResponse": OpenApi.components['schemas']["ErrorResponse"];
  "chooseChat.input": T_jsapi_d_ts.ChooseChatInput;
  "chooseChat.success": T_jsapi_d_ts.ChooseChatSuccess;
  "chooseChat.fail": T_jsapi_d_ts.ChooseChatFail;
  "getChatInfo.input": T_jsapi_d_ts.GetChatInfoInput;
  "getChatInfo.success": T_jsapi_d_ts.GetChatInfoSuccess;
  "getChatInfo.fail": T_jsapi_d_ts.GetChatInfoFail;
  "sendMessageCard.input": T_jsapi_d_ts.SendMessageCardInput;
  "sendMessageCard.success": T_jsapi_d_ts.SendMessageCardSuccess;
  "sendMessageCard.fail": T_jsapi_d_ts.SendMessageCardFail;
  "card": T_card_d_ts.Card;
  "card.v1": T_card_d_ts.CardV1;
  "card.v2": T_card_d_ts.CardV2;
  "event.card.action.trigger": T_event_types_d_ts.CardActionTriggerEvent;
  "event.card.action.trigger.response": T_event_types_d_ts.CardActionTriggerResponse;
  "event.encrypted": T_event_types_d_ts.EncryptedEvent;
  "event.im.chat.disbanded_v1": T_event_types_d_ts.ImChatDisbandedV1Event;
  "event.im.chat.member.bot.added_v1": T_event_types_d_ts.ImChatMemberBotAddedV1Event;
  "event.im.chat.member.bot.deleted_v1": T_event_types_d_ts.ImChatMemberBotDeletedV1Event;
  "event.im.chat.member.user.added_v1": T_event_types_d_ts.ImChatMemberUserAddedV1Event;
  "event.im.chat.member.user.deleted_v1": T_event_types_d_ts.ImChatMemberUserDeletedV1Event;
  "event.im.chat.member.user.withdrawn_v1": T_event_types_d_ts.ImChatMemberUserWithdrawnV1Event;
  "event.im.chat.updated_v1": T_event_types_d_ts.ImChatUpdatedV1Event;
  "event.im.message.message_read_v1": T_event_types_d_ts.ImMessageMessageReadV1Event;
  "event.im.message.reaction.created_v1": T_event_types_d_ts.ImMessageReactionCreatedV1Event;
  "event.im.message.reaction.deleted_v1": T_event_types_d_ts.ImMessageReactionDeletedV1Event;
  "event.im.message.recalled_v1": T_event_types_d_ts.ImMessageRecalledV1Event;
  "event.im.message.receive_v1": T_event_types_d_ts.ImMessageReceiveV1Event;
  "event.legacy.card_action": T_event_types_d_ts.LegacyCardAction;
  "event.url_verification": T_event_types_d_ts.UrlVerification;
  "event.v1": T_event_types_d_ts.EventV1;
  "longconn.ack": T_longconn_schemas_d_ts.LongConnectionAck;
  "longconn.client-config": T_longconn_schemas_d_ts.LongConnectionClientConfig;
  "message.audio": T_message_d_ts.AudioContent;
  "message.file": T_message_d_ts.FileContent;
  "message.image": T_message_d_ts.ImageContent;
  "message.interactive": T_message_d_ts.InteractiveContent;
  "message.media": T_message_d_ts.MediaContent;
  "message.post": T_message_d_ts.PostContent;
  "message.share_chat": T_message_d_ts.ShareChatContent;
  "message.share_user": T_message_d_ts.ShareUserContent;
  "message.sticker": T_message_d_ts.StickerContent;
  "message.system": T_message_d_ts.SystemContent;
  "message.text": T_message_d_ts.TextContent;
}

/** Every schema id this package validates against. */
export type SchemaId = keyof SchemaTypes;
