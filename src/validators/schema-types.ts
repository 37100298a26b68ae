import type { components, operations } from '../../generated/openapi.js';
import type * as Jsapi from '../../generated/jsapi.js';
import type { Card, CardV1, CardV2 } from '../../generated/card.js';

type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** The TypeScript type that each schema id describes; a valid result narrows data to it. */
export interface SchemaTypes {
  'listChats.query': Query<'listChats'>;
  'listChats.response': components['schemas']['ListChatsResponse'];
  'searchChats.query': Query<'searchChats'>;
  'searchChats.response': components['schemas']['SearchChatsResponse'];
  'getTenantAccessToken.body': components['schemas']['TenantAccessTokenRequest'];
  'getTenantAccessToken.response': components['schemas']['TenantAccessTokenResponse'];
  errorResponse: components['schemas']['ErrorResponse'];
  'chooseChat.input': Jsapi.ChooseChatInput;
  'chooseChat.success': Jsapi.ChooseChatSuccess;
  'chooseChat.fail': Jsapi.ChooseChatFail;
  'getChatInfo.input': Jsapi.GetChatInfoInput;
  'getChatInfo.success': Jsapi.GetChatInfoSuccess;
  'getChatInfo.fail': Jsapi.GetChatInfoFail;
  'sendMessageCard.input': Jsapi.SendMessageCardInput;
  'sendMessageCard.success': Jsapi.SendMessageCardSuccess;
  'sendMessageCard.fail': Jsapi.SendMessageCardFail;
  card: Card;
  'card.v1': CardV1;
  'card.v2': CardV2;
}

/** Every schema id this package validates against. */
export type SchemaId = keyof SchemaTypes;
