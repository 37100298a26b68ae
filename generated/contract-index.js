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
  "createChat.query": {
    "export": "createChat_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateChatQuery"
  },
  "createChat.body": {
    "export": "createChat_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateChatRequest"
  },
  "createChat.response": {
    "export": "createChat_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateChatResponse"
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
  "addChatMembers.path": {
    "export": "addChatMembers_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/AddChatMembersPath"
  },
  "addChatMembers.query": {
    "export": "addChatMembers_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/AddChatMembersQuery"
  },
  "addChatMembers.body": {
    "export": "addChatMembers_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/AddChatMembersRequest"
  },
  "addChatMembers.response": {
    "export": "addChatMembers_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/AddChatMembersResponse"
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
  "listMessages.query": {
    "export": "listMessages_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListMessagesQuery"
  },
  "listMessages.response": {
    "export": "listMessages_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListMessagesResponse"
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
  "getMessage.path": {
    "export": "getMessage_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/GetMessagePath"
  },
  "getMessage.query": {
    "export": "getMessage_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/GetMessageQuery"
  },
  "getMessage.response": {
    "export": "getMessage_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/GetMessageResponse"
  },
  "patchMessage.path": {
    "export": "patchMessage_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/PatchMessagePath"
  },
  "patchMessage.body": {
    "export": "patchMessage_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/PatchMessageRequest"
  },
  "patchMessage.response": {
    "export": "patchMessage_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/PatchMessageResponse"
  },
  "replyMessage.path": {
    "export": "replyMessage_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ReplyMessagePath"
  },
  "replyMessage.body": {
    "export": "replyMessage_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ReplyMessageRequest"
  },
  "replyMessage.response": {
    "export": "replyMessage_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ReplyMessageResponse"
  },
  "listReactions.path": {
    "export": "listReactions_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListReactionsPath"
  },
  "listReactions.query": {
    "export": "listReactions_query",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListReactionsQuery"
  },
  "listReactions.response": {
    "export": "listReactions_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/ListReactionsResponse"
  },
  "createReaction.path": {
    "export": "createReaction_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateReactionPath"
  },
  "createReaction.body": {
    "export": "createReaction_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateReactionRequest"
  },
  "createReaction.response": {
    "export": "createReaction_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/CreateReactionResponse"
  },
  "deleteReaction.path": {
    "export": "deleteReaction_path",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/DeleteReactionPath"
  },
  "deleteReaction.response": {
    "export": "deleteReaction_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/DeleteReactionResponse"
  },
  "uploadImage.body": {
    "export": "uploadImage_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/UploadImageRequest"
  },
  "uploadImage.response": {
    "export": "uploadImage_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/UploadImageResponse"
  },
  "uploadFile.body": {
    "export": "uploadFile_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/UploadFileRequest"
  },
  "uploadFile.response": {
    "export": "uploadFile_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/UploadFileResponse"
  },
  "updateCardByToken.body": {
    "export": "updateCardByToken_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/UpdateCardByTokenRequest"
  },
  "updateCardByToken.response": {
    "export": "updateCardByToken_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/UpdateCardByTokenResponse"
  },
  "getTenantAccessToken.body": {
    "export": "getTenantAccessToken_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/TenantAccessTokenRequest"
  },
  "getTenantAccessToken.response": {
    "export": "getTenantAccessToken_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/TenantAccessTokenResponse"
  },
  "getLongConnectionEndpoint.body": {
    "export": "getLongConnectionEndpoint_body",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/LongConnectionEndpointRequest"
  },
  "getLongConnectionEndpoint.response": {
    "export": "getLongConnectionEndpoint_response",
    "ref": "https://feishu-chat-contract.dev/openapi.json#/$defs/LongConnectionEndpointResponse"
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
  "longconn.ack": {
    "export": "longconn_ack",
    "ref": "https://feishu-chat-contract.dev/schemas/longconn/ack.json"
  },
  "longconn.client-config": {
    "export": "longconn_client_config",
    "ref": "https://feishu-chat-contract.dev/schemas/longconn/client-config.json"
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
  "chatRateLimited": {
    "code": 232019,
    "httpStatus": 400,
    "retryable": true,
    "msg": "The request has been rate limited.",
    "meaning": "chat-level throttling (also concurrent member changes of one chat)",
    "action": "retry later, serially"
  },
  "publicNameTooShort": {
    "code": 232020,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Name can NOT be less than two characters for public chats.",
    "meaning": "a public chat's name is shorter than 2 characters",
    "action": "give it a longer name"
  },
  "botNotFound": {
    "code": 232021,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Bot can NOT be found.",
    "meaning": "a bot_id_list entry is not a bot",
    "action": "check the app ids"
  },
  "chatUserResigned": {
    "code": 232022,
    "httpStatus": 400,
    "retryable": false,
    "msg": "User has already resigned.",
    "meaning": "a user in user_id_list has resigned",
    "action": "leave them out"
  },
  "chatReviewFailed": {
    "code": 232023,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Chat information review failed while updating the chat.",
    "meaning": "the name or description holds sensitive words",
    "action": "change them"
  },
  "chatUserIdInvalid": {
    "code": 232030,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request specifies a user_id which is invalid.",
    "meaning": "a user id is malformed",
    "action": "check the ids and user_id_type"
  },
  "ownerTenantMismatch": {
    "code": 232032,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator who will create the chat and the designated chat owner must be in the same tenant.",
    "meaning": "owner_id is of another tenant",
    "action": "name an owner of the caller's tenant"
  },
  "chatLabelsNotAllowed": {
    "code": 232037,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator or invited bots does NOT have the authority to manage chat labels without the scope.",
    "meaning": "the app may not set chat labels",
    "action": "leave labels out or get the scope"
  },
  "publicNameMissing": {
    "code": 232042,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Public group chat's name should not be empty.",
    "meaning": "a public chat has no name",
    "action": "give it a name"
  },
  "unavailableIds": {
    "code": 232043,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request contains unavailable ids.",
    "meaning": "an id is unknown or invisible to the caller (createChat fails whole; addChatMembers with succeed_type=2, or an id of the wrong kind)",
    "action": "check the ids; add members with addChatMembers and succeed_type=1 to skip the unusable ones"
  },
  "restrictedModeNotAllowed": {
    "code": 232057,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator tenant doesn't have the permission to use restricted mode.",
    "meaning": "restricted mode needs the enterprise flagship edition",
    "action": "leave restricted_mode_setting off"
  },
  "chatBeingCreated": {
    "code": 232068,
    "httpStatus": 400,
    "retryable": true,
    "msg": "The group is being created, please wait a moment.",
    "meaning": "a create with the same uuid is in flight",
    "action": "retry later with the same uuid"
  },
  "externalChatNotPublic": {
    "code": 232069,
    "httpStatus": 400,
    "retryable": false,
    "msg": "current chat type unsupported to set public.",
    "meaning": "an external chat cannot be public",
    "action": "make it private"
  },
  "hideMemberCountNotAllowed": {
    "code": 232078,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator tenant doesn't have the permission to use hide_member_count_setting.",
    "meaning": "the tenant may not hide member counts",
    "action": "leave hide_member_count_setting out"
  },
  "hideMemberCountUnsupported": {
    "code": 232079,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Chat type not supported by hide_member_count_setting.",
    "meaning": "this chat type cannot hide its member count",
    "action": "leave hide_member_count_setting out"
  },
  "publicChatForbidden": {
    "code": 232091,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Due to the security control requirements of this tenant, this tenant does not allow public group.",
    "meaning": "the tenant forbids public chats",
    "action": "make it private"
  },
  "ocicTagNotAllowed": {
    "code": 232095,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator does NOT have the authority to manage ocic type tag without the scope.",
    "meaning": "the app may not set this tag",
    "action": "leave it out"
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
  "chatMemberLimit": {
    "code": 232013,
    "httpStatus": 400,
    "retryable": false,
    "msg": "You have reached the limit of maximum number of members a chat can have.",
    "meaning": "the chat is full (5000 normal, 3000 meeting, 5000 topic)",
    "action": "remove members first"
  },
  "addMemberForbidden": {
    "code": 232017,
    "httpStatus": 400,
    "retryable": false,
    "msg": "No Permission: If the operator is NOT owner or creator with the scope, the operator can NOT complete the request.",
    "meaning": "only the owner and admins may add members to this chat",
    "action": "add as the owner or an admin"
  },
  "membersInvisible": {
    "code": 232024,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Users do not have the visibility of the app, or the operator does not have collaboration permissions with the target users.",
    "meaning": "a user is outside the app's availability range or may not be contacted",
    "action": "widen the availability range, or use succeed_type=1"
  },
  "noValidMembers": {
    "code": 232027,
    "httpStatus": 400,
    "retryable": false,
    "msg": "There are no valid members in the ID list specified in your request.",
    "meaning": "id_list is empty or holds no usable id",
    "action": "send usable ids"
  },
  "externalMemberInternalChat": {
    "code": 232028,
    "httpStatus": 400,
    "retryable": false,
    "msg": "External members can Not be added to an internal group chat.",
    "meaning": "an external user cannot join an internal chat",
    "action": "use an external chat"
  },
  "adminMemberLimit": {
    "code": 232044,
    "httpStatus": 400,
    "retryable": false,
    "msg": "You have reached maximum number of chat members set by admin.",
    "meaning": "the admin's member cap is reached",
    "action": "remove members first"
  },
  "chatTypeUnsupported": {
    "code": 232090,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Unsupported chat type.",
    "meaning": "the chat is not a group or topic chat (e.g. p2p)",
    "action": "add members to a group chat"
  },
  "openIdsNotExist": {
    "code": 99992351,
    "httpStatus": 400,
    "retryable": false,
    "msg": "these open ids not existed: %v",
    "meaning": "an open_id does not exist (Lark: \"Your request contains not existed id.\")",
    "action": "check the ids"
  },
  "userIdsNotExist": {
    "code": 99992360,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request contains not existed id.",
    "meaning": "a user_id does not exist",
    "action": "check the ids"
  },
  "unionIdsNotExist": {
    "code": 99992364,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Your request contains not existed id.",
    "meaning": "a union_id does not exist",
    "action": "check the ids"
  },
  "threadInvisible": {
    "code": 230073,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The thread is invisible to the operator.",
    "meaning": "the thread was created before the caller joined, with history hidden from new members",
    "action": "subscribe to the thread or list another"
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
    "action": "fix the card or template as the sub-code says",
    "subCodes": [
      {
        "name": "invalidAtUser",
        "code": 100290,
        "msg": "invalid user in at/person"
      },
      {
        "name": "templateNotVisibleOrTooLarge",
        "code": 11310,
        "msg": "template not visible / element exceeds limit (>200 components in JSON 2.0) / card action is lock"
      },
      {
        "name": "templateNotPublished",
        "code": 200380,
        "msg": "template does not exist or is not published"
      },
      {
        "name": "templateNotVisibleToApp",
        "code": 200381,
        "msg": "template not visible to app"
      },
      {
        "name": "cardJsonParseError",
        "code": 200621,
        "msg": "parse card json err"
      },
      {
        "name": "variableTypeMismatch",
        "code": 200732,
        "msg": "variable type mismatch"
      },
      {
        "name": "variableFormat",
        "code": 200737,
        "msg": "variable format"
      },
      {
        "name": "chartSpecInvalid",
        "code": 200550,
        "msg": "chart spec invalid"
      },
      {
        "name": "tagUnsupportedInV2",
        "code": 200861,
        "msg": "schema V2 no longer supports this tag"
      },
      {
        "name": "invalidImageKeys",
        "code": 200570,
        "msg": "invalid image keys"
      },
      {
        "name": "tableRowsInvalid",
        "code": 200914,
        "msg": "table rows invalid"
      },
      {
        "name": "tableRowsNameInvalid",
        "code": 200915,
        "msg": "table rows name invalid"
      },
      {
        "name": "audioInfoUnavailable",
        "code": 300240,
        "msg": "audio info unavailable"
      },
      {
        "name": "duplicateAudioId",
        "code": 300230,
        "msg": "duplicate audio id"
      },
      {
        "name": "audioNotForwardable",
        "code": 300220,
        "msg": "audio elem can't be forwarded"
      }
    ]
  },
  "messageDeleted": {
    "code": 230110,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Action unavailable as the message has been deleted.",
    "meaning": "the message was deleted (无法获取已经被删除的消息)",
    "action": "do not act on a deleted message"
  },
  "messageEditWindowPassed": {
    "code": 230031,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Message can only be modified within 14 days after sending.",
    "meaning": "the card was sent more than 14 days ago",
    "action": "send a new card"
  },
  "messageRecalled": {
    "code": 230011,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The message is recalled.",
    "meaning": "the target message was recalled (消息已被撤回)",
    "action": "do not act on a recalled message"
  },
  "messageInvisible": {
    "code": 230050,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The message is invisible to the operator.",
    "meaning": "the target message is invisible to the caller",
    "action": "act as a caller who can see it"
  },
  "replyTargetUnsupported": {
    "code": 230054,
    "httpStatus": 400,
    "retryable": false,
    "msg": "This operation is not supported for this message type.",
    "meaning": "the target message's type cannot be replied to (the mock: a system message)",
    "action": "reply to another message"
  },
  "threadReplyUnsupported": {
    "code": 230071,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The group to which the message belongs does not support reply in thread.",
    "meaning": "reply_in_thread is not allowed in this chat (the mock: a p2p chat)",
    "action": "reply without reply_in_thread"
  },
  "aggregatedThreadReplyUnsupported": {
    "code": 230072,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Aggregated messages do not support reply in thread.",
    "meaning": "a merge-forward (aggregated) message cannot get a thread reply",
    "action": "reply without reply_in_thread"
  },
  "messageSelfDestructing": {
    "code": 230111,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Action unavailable as the message will self-destruct soon.",
    "meaning": "the target message will self-destruct soon",
    "action": "do not act on it"
  },
  "messageNotFound": {
    "code": 99992354,
    "httpStatus": 400,
    "retryable": false,
    "meaning": "the message_id does not exist, or is not an `om_` id (observed in third-party logs for reply, PATCH, get and reactions; no doc page lists it)",
    "action": "check the message id",
    "x-source": "observed (third-party logs and code; the msg text varies, e.g. \"these ids not existed\", \"message not found\")"
  },
  "reactionUserIdTypeInvalid": {
    "code": 231014,
    "httpStatus": 400,
    "retryable": false,
    "msg": "user_id_type is invalid.",
    "meaning": "user_id_type is not open_id, union_id or user_id",
    "action": "fix user_id_type"
  },
  "reactionTypeInvalid": {
    "code": 231001,
    "httpStatus": 400,
    "retryable": false,
    "msg": "reaction type is invalid.",
    "meaning": "emoji_type is not one of the documented names (see EmojiType x-known-values)",
    "action": "use a documented emoji_type"
  },
  "reactionMessageNotFound": {
    "code": 231003,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The message is not found, maybe not exist or deleted.",
    "meaning": "the message does not exist or was recalled",
    "action": "check the message id"
  },
  "reactionNoAccess": {
    "code": 231008,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator has no access to the message.",
    "meaning": "the caller has no access to the message",
    "action": "act as a member of its chat"
  },
  "reactionPageTokenInvalid": {
    "code": 231012,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The request has an invalid pageToken.",
    "meaning": "page_token was not issued for this list",
    "action": "start again without page_token"
  },
  "reactionAuthTypeInvalid": {
    "code": 231013,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The request has an invalid AuthType.",
    "meaning": "the token is neither a tenant nor a user access token",
    "action": "use a tenant or user access token"
  },
  "reactionMessageInvisible": {
    "code": 231018,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The message is invisible to the operator.",
    "meaning": "the message is invisible to the caller",
    "action": "act as a caller who can see it"
  },
  "reactionNoPermission": {
    "code": 231002,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator has no permission to react on the specific message.",
    "meaning": "the caller is not in the message's chat",
    "action": "add the bot or user to the chat"
  },
  "reactionChatNotFound": {
    "code": 231004,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The chat in which the message exists is not found, maybe not exist, deleted or archived.",
    "meaning": "the message's chat is gone",
    "action": "stop using this message"
  },
  "reactionThreadRemoved": {
    "code": 231005,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The thread has been no-trace removed, cannot put reaction.",
    "meaning": "the thread was removed",
    "action": "stop using this message"
  },
  "reactionRepeatedProcessing": {
    "code": 231015,
    "httpStatus": 400,
    "retryable": true,
    "msg": "Act on reaction failed, repeated request is processing.",
    "meaning": "the same reaction request is still being processed (a concurrent duplicate)",
    "action": "retry later"
  },
  "reactionBlockedByUser": {
    "code": 231019,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Due to the settings of this user, you are temporarily unable to perform this operation.",
    "meaning": "the message's sender blocked the caller",
    "action": "do not react"
  },
  "reactionTenantForbidden": {
    "code": 231020,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Due to the configuration of the tenant administrator, you cannot perform this operation on the target user temporarily.",
    "meaning": "a tenant policy forbids it",
    "action": "ask the tenant administrator"
  },
  "reactionExternalChatForbidden": {
    "code": 231021,
    "httpStatus": 400,
    "retryable": false,
    "msg": "No permission to operate external chats.",
    "meaning": "the chat is external and the app may not act there",
    "action": "enable external sharing"
  },
  "reactionBotUnavailable": {
    "code": 231022,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Bot has NO availability to this user.",
    "meaning": "the user is outside the app's availability range",
    "action": "widen the availability range"
  },
  "reactionOperatorInvalid": {
    "code": 231006,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator_id is invalid.",
    "meaning": "the operator id is invalid",
    "action": "check the token"
  },
  "reactionMessageTypeUnsupported": {
    "code": 231017,
    "httpStatus": 400,
    "retryable": false,
    "msg": "This operation is not supported for this message type.",
    "meaning": "this message type takes no reactions (e.g. system messages)",
    "action": "react to another message"
  },
  "reactionDeleteForbidden": {
    "code": 231007,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The operator has no permission to delete this reaction.",
    "meaning": "the reaction was put by someone else",
    "action": "delete only your own reactions"
  },
  "reactionNotOfMessage": {
    "code": 231010,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The reaction does not belong to the message.",
    "meaning": "the reaction_id is of another message",
    "action": "pair the reaction with its message"
  },
  "reactionIdInvalid": {
    "code": 231011,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The request has an invalid reaction_id.",
    "meaning": "the reaction_id is unknown",
    "action": "list the message's reactions for their ids"
  },
  "uploadMetaStopped": {
    "code": 232096,
    "httpStatus": 400,
    "retryable": true,
    "msg": "Meta writing has stopped, please try again later.",
    "meaning": "the platform's storage is paused",
    "action": "retry later"
  },
  "uploadInvalidParameter": {
    "code": 234001,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Invalid request param.",
    "meaning": "a form field is missing or invalid (image_type",
    "file_type": null,
    "file_name) or the body is not a well-formed multipart form": null,
    "action": "fix the form",
    "invalidParameter": true
  },
  "uploadUnauthorized": {
    "code": 234002,
    "httpStatus": 401,
    "retryable": false,
    "msg": "Unauthorized.",
    "meaning": "the token is missing or invalid (HTTP 401)",
    "action": "send a valid tenant access token"
  },
  "uploadTooLarge": {
    "code": 234006,
    "httpStatus": 400,
    "retryable": false,
    "msg": "The file size exceed the max value.",
    "meaning": "the image is over 10 MB, or the file over 30 MB",
    "action": "upload a smaller one (a large image as a file)"
  },
  "uploadBotNotEnabled": {
    "code": 234007,
    "httpStatus": 400,
    "retryable": false,
    "msg": "App does not enable bot feature.",
    "meaning": "the app's bot ability is off",
    "action": "enable the bot ability"
  },
  "uploadEmpty": {
    "code": 234010,
    "httpStatus": 400,
    "retryable": false,
    "msg": "File's size can't be 0.",
    "meaning": "the binary part is empty",
    "action": "send the bytes"
  },
  "imageFormatUnknown": {
    "code": 234011,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Can't regonnize the image format.",
    "meaning": "the bytes are not an image of a supported format (the msg's spelling is the platform's)",
    "action": "upload a JPG",
    "PNG": null,
    "WEBP": null,
    "GIF": null,
    "BMP": null,
    "ICO": null,
    "TIFF or HEIC": null
  },
  "imageResolutionTooLarge": {
    "code": 234039,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Image resolution exceeds limit.",
    "meaning": "the image is larger than GIF 2000×2000, others 12000×12000, avatar 4096×4096",
    "action": "scale it down or upload it as a file"
  },
  "tenantMasterKeyDeleted": {
    "code": 234041,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Tenant master key has been deleted, please contact the tenant administrator.",
    "meaning": "the tenant's master key was deleted",
    "action": "contact the tenant administrator"
  },
  "hybridStorageError": {
    "code": 234042,
    "httpStatus": 400,
    "retryable": false,
    "msg": "Hybrid deployment tenant storage error, such as full storage space, please contact tenant administrator.",
    "meaning": "the tenant's own storage failed",
    "action": "contact the tenant administrator"
  },
  "cardFormatInvalid": {
    "code": 11311,
    "httpStatus": 400,
    "retryable": false,
    "msg": "card format invalid",
    "meaning": "the card's structure is not a valid card (卡片格式不符合要求)",
    "action": "fix the card"
  },
  "cardParameterInvalid": {
    "code": 10002,
    "httpStatus": 400,
    "retryable": false,
    "msg": "card parameter validation error",
    "meaning": "a body field breaks its rule (the msg says which)",
    "action": "fix the request",
    "invalidParameter": true
  },
  "cardTooLarge": {
    "code": 100000,
    "httpStatus": 400,
    "retryable": false,
    "msg": "card content is too large",
    "meaning": "the card is over the size limit (30 KB of JSON; 100 KB after conversion)",
    "action": "shrink the card"
  },
  "bodyNotJson": {
    "code": 100030,
    "httpStatus": 400,
    "retryable": false,
    "msg": "the body is not valid JSON",
    "meaning": "the request body is not JSON (传入body参数不符合json规范)",
    "action": "send JSON"
  },
  "cardRecalled": {
    "code": 200000,
    "httpStatus": 400,
    "retryable": false,
    "msg": "the card message was recalled",
    "meaning": "the card's message was recalled",
    "action": "stop updating it"
  },
  "cardOfAnotherApp": {
    "code": 200310,
    "httpStatus": 400,
    "retryable": false,
    "msg": "cannot update a card sent by another app",
    "meaning": "the card was sent by another app's bot",
    "action": "update only your own cards"
  },
  "cardOpenIdsWrong": {
    "code": 200320,
    "httpStatus": 400,
    "retryable": false,
    "msg": "the exclusive card's open_ids are wrong",
    "meaning": "card.open_ids names users who cannot see this card",
    "action": "fix card.open_ids"
  },
  "cardTokenFormatInvalid": {
    "code": 300020,
    "httpStatus": 400,
    "retryable": false,
    "msg": "token format is invalid",
    "meaning": "the token is not a callback token (c-…)",
    "action": "pass the callback's token"
  },
  "cardTokenExpired": {
    "code": 300030,
    "httpStatus": 400,
    "retryable": false,
    "msg": "token is expired",
    "meaning": "the token is unknown or older than 30 minutes",
    "action": "update with patchMessage instead"
  },
  "cardTokenUsedUp": {
    "code": 300040,
    "httpStatus": 400,
    "retryable": false,
    "msg": "token can only be used twice",
    "meaning": "the token was used its two times",
    "action": "update with patchMessage instead"
  },
  "cardOpenIdsMissing": {
    "code": 300090,
    "httpStatus": 400,
    "retryable": false,
    "msg": "open_ids of an exclusive card must not be empty",
    "meaning": "a 1.0 exclusive card (update_multi false or absent) came without card.open_ids",
    "action": "add card.open_ids, or make the card shared (config.update_multi true)"
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
  },
  "longConnectionSystemBusy": {
    "code": 1,
    "httpStatus": 200,
    "retryable": true,
    "msg": "system busy",
    "meaning": "the platform is busy",
    "action": "retry after the reconnect interval"
  },
  "longConnectionInternalError": {
    "code": 1000040343,
    "httpStatus": 200,
    "retryable": true,
    "msg": "internal error",
    "meaning": "a server-side error",
    "action": "retry after the reconnect interval"
  },
  "longConnectionNoCredential": {
    "code": 1000040344,
    "httpStatus": 200,
    "retryable": false,
    "msg": "app_id is required and either app_secret or client_assertion is required",
    "meaning": "AppID or AppSecret is empty or missing, or the body is not the credentials object (not JSON, a field of the wrong type or too long)",
    "action": "send both the app id and the app secret as a JSON object",
    "invalidParameter": true
  },
  "longConnectionCredentialsInvalid": {
    "code": 1000040345,
    "httpStatus": 200,
    "retryable": false,
    "msg": "app_id or app_secret is invalid",
    "meaning": "the app id is unknown or the secret does not match it",
    "action": "check the app id and secret (and Feishu versus Lark)"
  },
  "longConnectionLimitExceeded": {
    "code": 1000040350,
    "httpStatus": 200,
    "retryable": false,
    "msg": "exceed connection limit",
    "meaning": "the app already holds the maximum number of long connections (50)",
    "action": "close connections the app no longer uses; every extra one receives nothing anyway (cluster mode)"
  }
};

export const excludedConsts = {
  "/properties/code/not": 0
};

export const knownValues = {
  "EmojiType": [
    "OK",
    "THUMBSUP",
    "THANKS",
    "MUSCLE",
    "FINGERHEART",
    "APPLAUSE",
    "FISTBUMP",
    "JIAYI",
    "DONE",
    "SMILE",
    "BLUSH",
    "LAUGH",
    "SMIRK",
    "LOL",
    "FACEPALM",
    "LOVE",
    "WINK",
    "PROUD",
    "WITTY",
    "SMART",
    "SCOWL",
    "THINKING",
    "SOB",
    "CRY",
    "ERROR",
    "NOSEPICK",
    "HAUGHTY",
    "SLAP",
    "SPITBLOOD",
    "TOASTED",
    "GLANCE",
    "DULL",
    "INNOCENTSMILE",
    "JOYFUL",
    "WOW",
    "TRICK",
    "YEAH",
    "ENOUGH",
    "TEARS",
    "EMBARRASSED",
    "KISS",
    "SMOOCH",
    "DROOL",
    "OBSESSED",
    "MONEY",
    "TEASE",
    "SHOWOFF",
    "COMFORT",
    "CLAP",
    "PRAISE",
    "STRIVE",
    "XBLUSH",
    "SILENT",
    "WAVE",
    "WHAT",
    "FROWN",
    "SHY",
    "DIZZY",
    "LOOKDOWN",
    "CHUCKLE",
    "WAIL",
    "CRAZY",
    "WHIMPER",
    "HUG",
    "BLUBBER",
    "WRONGED",
    "HUSKY",
    "SHHH",
    "SMUG",
    "ANGRY",
    "HAMMER",
    "SHOCKED",
    "TERROR",
    "PETRIFIED",
    "SKULL",
    "SWEAT",
    "SPEECHLESS",
    "SLEEP",
    "DROWSY",
    "YAWN",
    "SICK",
    "PUKE",
    "BETRAYED",
    "HEADSET",
    "EatingFood",
    "MeMeMe",
    "Sigh",
    "Typing",
    "Lemon",
    "Get",
    "LGTM",
    "OnIt",
    "OneSecond",
    "VRHeadset",
    "YouAreTheBest",
    "SALUTE",
    "SHAKE",
    "HIGHFIVE",
    "UPPERLEFT",
    "ThumbsDown",
    "SLIGHT",
    "TONGUE",
    "EYESCLOSED",
    "RoarForYou",
    "CALF",
    "BEAR",
    "BULL",
    "RAINBOWPUKE",
    "ROSE",
    "HEART",
    "PARTY",
    "LIPS",
    "BEER",
    "CAKE",
    "GIFT",
    "CUCUMBER",
    "Drumstick",
    "Pepper",
    "CANDIEDHAWS",
    "BubbleTea",
    "Coffee",
    "Yes",
    "No",
    "OKR",
    "CheckMark",
    "CrossMark",
    "MinusOne",
    "Hundred",
    "AWESOMEN",
    "Pin",
    "Alarm",
    "Loudspeaker",
    "Trophy",
    "Fire",
    "BOMB",
    "Music",
    "XmasTree",
    "Snowman",
    "XmasHat",
    "FIREWORKS",
    "2022",
    "REDPACKET",
    "FORTUNE",
    "LUCK",
    "FIRECRACKER",
    "StickyRiceBalls",
    "HEARTBROKEN",
    "POOP",
    "StatusFlashOfInspiration",
    "18X",
    "CLEAVER",
    "Soccer",
    "Basketball",
    "GeneralDoNotDisturb",
    "Status_PrivateMessage",
    "GeneralInMeetingBusy",
    "StatusReading",
    "StatusInFlight",
    "GeneralBusinessTrip",
    "GeneralWorkFromHome",
    "StatusEnjoyLife",
    "GeneralTravellingCar",
    "StatusBus",
    "GeneralSun",
    "GeneralMoonRest",
    "MoonRabbit",
    "Mooncake",
    "JubilantRabbit",
    "TV",
    "Movie",
    "Pumpkin",
    "BeamingFace",
    "Delighted",
    "ColdSweat",
    "FullMoonFace",
    "Partying",
    "GoGoGo",
    "ThanksFace",
    "SaluteFace",
    "Shrug",
    "ClownFace",
    "HappyDragon"
  ]
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
