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
