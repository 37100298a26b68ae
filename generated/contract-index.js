/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/ and schemas/ by scripts/generate-validators.js
 * Regenerate: npm run generate
 */
export const schemaIds = {
  "listChats.query": {
    "export": "listChats_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListChatsQuery"
  },
  "listChats.response": {
    "export": "listChats_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListChatsResponse"
  },
  "searchChats.query": {
    "export": "searchChats_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/SearchChatsQuery"
  },
  "searchChats.response": {
    "export": "searchChats_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/SearchChatsResponse"
  },
  "getChat.path": {
    "export": "getChat_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/GetChatPath"
  },
  "getChat.query": {
    "export": "getChat_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/GetChatQuery"
  },
  "getChat.response": {
    "export": "getChat_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/GetChatResponse"
  },
  "listChatMembers.path": {
    "export": "listChatMembers_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListChatMembersPath"
  },
  "listChatMembers.query": {
    "export": "listChatMembers_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListChatMembersQuery"
  },
  "listChatMembers.response": {
    "export": "listChatMembers_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListChatMembersResponse"
  },
  "isInChat.path": {
    "export": "isInChat_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/IsInChatPath"
  },
  "isInChat.response": {
    "export": "isInChat_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/IsInChatResponse"
  },
  "searchChatsV2.query": {
    "export": "searchChatsV2_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/SearchChatsV2Query"
  },
  "searchChatsV2.body": {
    "export": "searchChatsV2_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/SearchChatsV2Request"
  },
  "searchChatsV2.response": {
    "export": "searchChatsV2_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/SearchChatsV2Response"
  },
  "createMessage.query": {
    "export": "createMessage_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateMessageQuery"
  },
  "createMessage.body": {
    "export": "createMessage_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateMessageRequest"
  },
  "createMessage.response": {
    "export": "createMessage_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateMessageResponse"
  },
  "getTenantAccessToken.body": {
    "export": "getTenantAccessToken_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/TenantAccessTokenRequest"
  },
  "getTenantAccessToken.response": {
    "export": "getTenantAccessToken_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/TenantAccessTokenResponse"
  },
  "errorResponse": {
    "export": "errorResponse",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ErrorResponse"
  },
  "chooseChat.input": {
    "export": "chooseChat_input",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/chooseChat.input.json"
  },
  "chooseChat.success": {
    "export": "chooseChat_success",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/chooseChat.success.json"
  },
  "chooseChat.fail": {
    "export": "chooseChat_fail",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/chooseChat.fail.json"
  },
  "getChatInfo.input": {
    "export": "getChatInfo_input",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/getChatInfo.input.json"
  },
  "getChatInfo.success": {
    "export": "getChatInfo_success",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/getChatInfo.success.json"
  },
  "getChatInfo.fail": {
    "export": "getChatInfo_fail",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/getChatInfo.fail.json"
  },
  "sendMessageCard.input": {
    "export": "sendMessageCard_input",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/sendMessageCard.input.json"
  },
  "sendMessageCard.success": {
    "export": "sendMessageCard_success",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/sendMessageCard.success.json"
  },
  "sendMessageCard.fail": {
    "export": "sendMessageCard_fail",
    "ref": "https://feishu-chat-contract.dev/schemas/jsapi/sendMessageCard.fail.json"
  },
  "card": {
    "export": "card",
    "ref": "https://feishu-chat-contract.dev/schemas/card/card.json"
  },
  "card.v1": {
    "export": "card_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/card/v1.json"
  },
  "card.v2": {
    "export": "card_v2",
    "ref": "https://feishu-chat-contract.dev/schemas/card/v2.json"
  },
  "event.card.action.trigger": {
    "export": "event_card_action_trigger",
    "ref": "https://feishu-chat-contract.dev/schemas/events/card.action.trigger.json"
  },
  "event.card.action.trigger.response": {
    "export": "event_card_action_trigger_response",
    "ref": "https://feishu-chat-contract.dev/schemas/events/card.action.trigger.response.json"
  },
  "event.encrypted": {
    "export": "event_encrypted",
    "ref": "https://feishu-chat-contract.dev/schemas/events/encrypted.json"
  },
  "event.im.chat.disbanded_v1": {
    "export": "event_im_chat_disbanded_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.disbanded_v1.json"
  },
  "event.im.chat.member.bot.added_v1": {
    "export": "event_im_chat_member_bot_added_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.member.bot.added_v1.json"
  },
  "event.im.chat.member.bot.deleted_v1": {
    "export": "event_im_chat_member_bot_deleted_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.member.bot.deleted_v1.json"
  },
  "event.im.chat.member.user.added_v1": {
    "export": "event_im_chat_member_user_added_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.member.user.added_v1.json"
  },
  "event.im.chat.member.user.deleted_v1": {
    "export": "event_im_chat_member_user_deleted_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.member.user.deleted_v1.json"
  },
  "event.im.chat.member.user.withdrawn_v1": {
    "export": "event_im_chat_member_user_withdrawn_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.member.user.withdrawn_v1.json"
  },
  "event.im.chat.updated_v1": {
    "export": "event_im_chat_updated_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.chat.updated_v1.json"
  },
  "event.im.message.message_read_v1": {
    "export": "event_im_message_message_read_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.message.message_read_v1.json"
  },
  "event.im.message.reaction.created_v1": {
    "export": "event_im_message_reaction_created_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.message.reaction.created_v1.json"
  },
  "event.im.message.reaction.deleted_v1": {
    "export": "event_im_message_reaction_deleted_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.message.reaction.deleted_v1.json"
  },
  "event.im.message.recalled_v1": {
    "export": "event_im_message_recalled_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.message.recalled_v1.json"
  },
  "event.im.message.receive_v1": {
    "export": "event_im_message_receive_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/im.message.receive_v1.json"
  },
  "event.legacy.card_action": {
    "export": "event_legacy_card_action",
    "ref": "https://feishu-chat-contract.dev/schemas/events/legacy.card_action.json"
  },
  "event.url_verification": {
    "export": "event_url_verification",
    "ref": "https://feishu-chat-contract.dev/schemas/events/url_verification.json"
  },
  "event.v1": {
    "export": "event_v1",
    "ref": "https://feishu-chat-contract.dev/schemas/events/v1.json"
  },
  "message.audio": {
    "export": "message_audio",
    "ref": "https://feishu-chat-contract.dev/schemas/message/audio.json"
  },
  "message.file": {
    "export": "message_file",
    "ref": "https://feishu-chat-contract.dev/schemas/message/file.json"
  },
  "message.image": {
    "export": "message_image",
    "ref": "https://feishu-chat-contract.dev/schemas/message/image.json"
  },
  "message.interactive": {
    "export": "message_interactive",
    "ref": "https://feishu-chat-contract.dev/schemas/message/interactive.json"
  },
  "message.media": {
    "export": "message_media",
    "ref": "https://feishu-chat-contract.dev/schemas/message/media.json"
  },
  "message.post": {
    "export": "message_post",
    "ref": "https://feishu-chat-contract.dev/schemas/message/post.json"
  },
  "message.share_chat": {
    "export": "message_share_chat",
    "ref": "https://feishu-chat-contract.dev/schemas/message/share_chat.json"
  },
  "message.share_user": {
    "export": "message_share_user",
    "ref": "https://feishu-chat-contract.dev/schemas/message/share_user.json"
  },
  "message.sticker": {
    "export": "message_sticker",
    "ref": "https://feishu-chat-contract.dev/schemas/message/sticker.json"
  },
  "message.system": {
    "export": "message_system",
    "ref": "https://feishu-chat-contract.dev/schemas/message/system.json"
  },
  "message.text": {
    "export": "message_text",
    "ref": "https://feishu-chat-contract.dev/schemas/message/text.json"
  }
};

export const errorCodes = {
  "invalidParameter": {
    "code": 232001,
    "retryable": false,
    "httpStatus": 400,
    "msg": "Your request contains an invalid request parameter.",
    "meaning": "invalid request parameter (参数错误)",
    "action": "fix the request; no retry"
  },
  "appNotExist": {
    "code": 232004,
    "retryable": false,
    "httpStatus": 400,
    "msg": "Such an app does NOT exist.",
    "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
    "action": "contact support; no retry"
  },
  "botNotActivated": {
    "code": 232025,
    "retryable": false,
    "httpStatus": 400,
    "msg": "Bot ability is not activated.",
    "meaning": "bot ability is not activated (应用未启用机器人能力)",
    "action": "enable the bot ability and publish the app"
  },
  "appUnavailable": {
    "code": 232034,
    "retryable": false,
    "httpStatus": 400,
    "msg": "The app is unavailable or inactivated by the tenant.",
    "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
    "action": "install the app"
  },
  "tokenMissing": {
    "code": 99991661,
    "retryable": false,
    "httpStatus": 400,
    "msg": "Missing access token for authorization. Please make a request with token attached.",
    "meaning": "token missing",
    "action": "send Authorization: Bearer <token>"
  },
  "tenantTokenInvalid": {
    "code": 99991663,
    "retryable": true,
    "httpStatus": 400,
    "msg": "Invalid access token for authorization. Please make a request with token attached.",
    "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
    "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
  },
  "userTokenInvalid": {
    "code": 99991668,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "user token invalid",
    "action": "refresh the user token"
  },
  "tokenFormatInvalid": {
    "code": 99991671,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "token format wrong (must start t- or u-)",
    "action": "fix the token"
  },
  "scopeMissing": {
    "code": 99991672,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "a required scope is missing; see error.permission_violations",
    "action": "add the scope in the developer console"
  },
  "userTokenExpired": {
    "code": 99991677,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "user token expired",
    "action": "refresh the user token"
  },
  "scopeNotGranted": {
    "code": 99991679,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "the user has not granted the scope",
    "action": "ask the user to authorize"
  },
  "ipDenied": {
    "code": 99991401,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "denied by the IP allow-list (not a scope problem)",
    "action": "fix the allow-list"
  },
  "quotaExhausted": {
    "code": 99991403,
    "retryable": false,
    "httpStatus": 400,
    "meaning": "monthly API quota exhausted",
    "action": "wait for the quota"
  },
  "rateLimited": {
    "code": 99991400,
    "retryable": true,
    "httpStatus": 429,
    "msg": "request trigger frequency limit",
    "meaning": "rate limited (older gateways answer HTTP 400)",
    "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
  },
  "chatIdInvalid": {
    "code": 232006,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request specifies a chat_id which is invalid.",
    "meaning": "the chat_id is invalid (无效的 chat_id)",
    "action": "check the chat_id (oc_…)"
  },
  "crossTenantChat": {
    "code": 232010,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Operator and chat can NOT be in different tenants.",
    "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
    "action": "call with an identity of the chat's tenant"
  },
  "operatorNotInChat": {
    "code": 232011,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Operator can NOT be out of the chat.",
    "meaning": "the bot or user of the token is not in the chat (操作者不在群中)",
    "action": "add the bot or user to the chat first"
  },
  "externalChatNotAllowed": {
    "code": 232033,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
    "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
    "action": "enable external-chat support for the app in the developer console"
  },
  "chatDissolved": {
    "code": 232009,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request specifies a chat which has already been dissolved.",
    "meaning": "the chat has been dissolved (群已被解散)",
    "action": "stop using this chat"
  },
  "messageInvalidParameter": {
    "code": 230001,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request contains an invalid request parameter.",
    "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
    "action": "fix the request"
  },
  "botNotInChat": {
    "code": 230002,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Bot/User can NOT be out of the chat.",
    "meaning": "the bot is not in the target chat (机器人不在群组中)",
    "action": "add the bot to the chat, or send elsewhere",
    "x-erratum": {
      "doc": "The send page gives the message as \"The bot can not be outside the group.\"",
      "decision": "msg is the wording the platform sends, \"Bot/User can NOT be out of the chat.\"; match on code, never on msg.",
      "evidence": "The official CLI (shortcuts/im/im_errors.go, botNotInChatCode = 230002) and its test fixture carry the live wording, as do many third-party logs."
    }
  },
  "messageBotNotActivated": {
    "code": 230006,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Bot ability is not activated.",
    "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
    "action": "enable the bot ability and publish a version"
  },
  "recipientUnavailable": {
    "code": 230013,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Bot has NO availability to this user.",
    "meaning": "the user is outside the app's availability range",
    "disabled or resigned (用户不在应用可用范围内)": null,
    "action": "widen the availability range or pick another recipient"
  },
  "p2pChatNotShareable": {
    "code": 230015,
    "httpStatus": 400,
    "retryable": false,
    "msg": "P2P chat can NOT be shared.",
    "meaning": "share_chat of a p2p chat",
    "action": "share a group chat"
  },
  "resourceNotOwnedByBot": {
    "code": 230017,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Bot is NOT the owner of the resource.",
    "meaning": "the image or file was not uploaded by this bot",
    "action": "upload it with this app's IM upload API"
  },
  "chatSettingsForbid": {
    "code": 230018,
    "httpStatus": 400,
    "retryable": false,
    "msg": "These operations are NOT allowed at current group settings.",
    "meaning": "the chat's settings forbid it (e.g. only some members may speak)",
    "action": "change the chat's settings"
  },
  "topicNotFound": {
    "code": 230019,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The topic does NOT exist.",
    "meaning": "the topic (thread) does not exist",
    "action": "check the target"
  },
  "messageRateLimited": {
    "code": 230020,
    "httpStatus": 400,
    "retryable": true,
    "msg": "This operation triggers the frequency limit.",
    "meaning": "a message frequency limit was hit (e.g. 5 per second to one user or chat)",
    "action": "wait",
    "then retry (bounded; only a send with a uuid is safe to retry)": null
  },
  "sensitiveContent": {
    "code": 230022,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The content of the message contains sensitive information.",
    "meaning": "the content holds sensitive words",
    "action": "change the content"
  },
  "contentTooLong": {
    "code": 230025,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The length of the message content reaches its limit.",
    "meaning": "the content is too long (text over 150 KB, card or post over 30 KB; a template counts its data)",
    "action": "shorten the content"
  },
  "messagePermissionMissing": {
    "code": 230027,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Lack of necessary permissions.",
    "meaning": "a scope or the user's authorization is missing",
    "or an external chat without external sharing": null,
    "action": "add the scope or authorization"
  },
  "auditFailed": {
    "code": 230028,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The messages do NOT pass the audit.",
    "meaning": "blocked by data-loss prevention (e.g. a plaintext phone number or email)",
    "action": "change the content"
  },
  "userResigned": {
    "code": 230029,
    "httpStatus": 400,
    "retryable": false,
    "msg": "User has resigned.",
    "meaning": "the recipient has resigned",
    "action": "pick another recipient"
  },
  "receiveIdInvalid": {
    "code": 230034,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The receive_id is invalid.",
    "meaning": "receive_id does not match receive_id_type",
    "action": "send the id of the kind in receive_id_type"
  },
  "sendPermissionDenied": {
    "code": 230035,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Send Message Permission deny.",
    "meaning": "muted chat, blocked by the recipient, or a tenant policy",
    "action": "check the chat's and tenant's settings"
  },
  "tenantCryptKeyDeleted": {
    "code": 230036,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Tenant crypt key has been deleted.",
    "meaning": "the tenant's encryption key was deleted",
    "action": "contact the tenant's administrator"
  },
  "crossTenantP2pForbidden": {
    "code": 230038,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Cross tenant p2p chat operate forbid.",
    "meaning": "a p2p message across tenants is not allowed",
    "action": "pick a recipient of the same tenant"
  },
  "messageBeingSent": {
    "code": 230049,
    "httpStatus": 400,
    "retryable": true,
    "msg": "The message is being sent.",
    "meaning": "the same message is still being sent",
    "action": "retry later with the same uuid (inferred: the page gives no advice)"
  },
  "botBlockedByUser": {
    "code": 230053,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The user has stopped the bot from sending messages.",
    "meaning": "the user turned off messages from this bot",
    "action": "do not send to this user"
  },
  "msgTypeUnavailableInConnectGroup": {
    "code": 230054,
    "httpStatus": 400,
    "retryable": false,
    "msg": "This type of message is unavailable in the connection group.",
    "meaning": "this msg_type is not allowed in a connected group (e.g. cards in a private connected group)",
    "action": "send another msg_type"
  },
  "fileTypeMismatch": {
    "code": 230055,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The type of file upload does not match the type of message being sent.",
    "meaning": "the uploaded file's type does not fit msg_type",
    "action": "upload the file with the matching file_type"
  },
  "encryptedSendUnsupported": {
    "code": 230075,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Sending encrypted messages is not supported.",
    "meaning": "sending into an encrypted chat is not supported",
    "action": "send elsewhere"
  },
  "cardContentInvalid": {
    "code": 230099,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Failed to create card content.",
    "meaning": "the card cannot be built; the cause is the sub-code in msg (ext=ErrCode: N; ErrMsg: …), e.g. 200621 card JSON parse error, 200380 template not published, 11310 template not visible or too many components",
    "action": "fix the card or template as the sub-code says"
  },
  "appCredentialsInvalid": {
    "code": 10003,
    "httpStatus": 400,
    "retryable": false,
    "msg": "invalid param",
    "meaning": "app_id unknown or the body malformed (also answered with HTTP 200)",
    "action": "check app_id and the JSON body"
  },
  "appSecretInvalid": {
    "code": 10014,
    "httpStatus": 400,
    "retryable": false,
    "msg": "app secret invalid",
    "meaning": "app_secret does not match app_id",
    "action": "check app_secret"
  }
};

export const excludedConsts = {
  "/properties/code/not": 0
};

export const jsapiInputDefaults = {
  "chooseChat": {
    "/allowCreateGroup": true,
    "/multiSelect": false,
    "/ignoreSelf": false,
    "/ignoreBot": false,
    "/selectType": 0,
    "/confirmTitle": "Chosen",
    "/confirmText": "发送",
    "/confirmDesc": "",
    "/externalChat": true,
    "/showMessageInput": false
  },
  "getChatInfo": {},
  "sendMessageCard": {
    "/shouldChooseChat": false,
    "/chooseChatParams/allowCreateGroup": false,
    "/chooseChatParams/multiSelect": true,
    "/withAdditionalMessage": false
  }
};

export const jsapiErrorCodes = {
  "sendMessageCard": {
    "codes": [
      {
        "code": -1,
        "title": "openChatIDs is empty",
        "description": "openChatIDs为空 — 参数错误，请检查参数后重试。"
      },
      {
        "code": -2,
        "title": "more than 10 openChatIDs",
        "description": "openChatIDs数量超过10 — 参数错误，请检查参数后重试。"
      },
      {
        "code": -3,
        "title": "cardContent is empty",
        "description": "cardContent为空 — 参数错误，请检查参数后重试。"
      },
      {
        "code": -4,
        "title": "cardContent could not be formatted",
        "description": "cardContent格式化失败 — 消息卡片格式错误，请检查后重试。"
      },
      {
        "code": -5,
        "title": "send failed",
        "description": "发送失败 — 内部错误，请稍后重试。"
      },
      {
        "code": -6,
        "title": "user cancelled",
        "description": "用户取消发送"
      },
      {
        "code": -7,
        "title": "other error",
        "description": "其他错误 — 内部错误，请稍后重试。"
      },
      {
        "code": -8,
        "title": "an openChatIDs entry is not an open_chat_id",
        "description": "openChatIDs中的参数错误 — 请检查是不是 open_chat_id 类型（如果是 open_id 将会导致此错误）。"
      },
      {
        "code": -9,
        "title": "unknown error",
        "description": "未知错误 — 请稍后重试。"
      },
      {
        "code": -10,
        "title": "choosing the chat failed",
        "description": "选择会话失败 — 内部错误，请检查会话id是否正确，并请稍后重试。"
      },
      {
        "code": 42406,
        "title": "sending the additional message failed",
        "description": "发送留言失败 — 内部错误，请检查参数是否正确，并请稍后重试。"
      }
    ],
    "inputRules": [
      {
        "keyword": "anyOf",
        "path": "",
        "errCode": -1
      },
      {
        "keyword": "maxItems",
        "path": "/openChatIDs",
        "errCode": -2
      },
      {
        "keyword": "required",
        "path": "/cardContent",
        "errCode": -3
      },
      {
        "keyword": "*",
        "path": "/cardContent/card",
        "errCode": -4
      },
      {
        "keyword": "*",
        "path": "/cardContent",
        "errCode": -4
      },
      {
        "keyword": "pattern",
        "path": "/openChatIDs/*",
        "errCode": -8
      }
    ],
    "outcomes": {
      "cancelled": -6,
      "sendFailed": -5
    }
  }
};
