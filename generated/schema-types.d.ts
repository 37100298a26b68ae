/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the type of every schema id (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
import type * as OpenApi from './openapi.js';
import type * as T_jsapi_d_ts from "./jsapi.js";
import type * as T_card_d_ts from "./card.js";

/** The TypeScript type that each schema id describes; a valid result narrows data to it. */
export interface SchemaTypes {
  "listChats.query": NonNullable<OpenApi.operations["listChats"]['parameters']["query"]>;
  "listChats.response": OpenApi.components['schemas']["ListChatsResponse"];
  "searchChats.query": NonNullable<OpenApi.operations["searchChats"]['parameters']["query"]>;
  "searchChats.response": OpenApi.components['schemas']["SearchChatsResponse"];
  "getTenantAccessToken.body": OpenApi.components['schemas']["TenantAccessTokenRequest"];
  "getTenantAccessToken.response": OpenApi.components['schemas']["TenantAccessTokenResponse"];
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
}

/** Every schema id this package validates against. */
export type SchemaId = keyof SchemaTypes;
