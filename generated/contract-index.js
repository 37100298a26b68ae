/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/ and schemas/ by scripts/generate-validators.js
 * Regenerate: npm run generate
 */
export const contractIndex = {
  "schemaIds": {
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
    }
  },
  "operations": {
    "listChats": {
      "method": "GET",
      "path": "/open-apis/im/v1/chats",
      "responses": {
        "200": "listChats.response",
        "400": "errorResponse",
        "429": "errorResponse",
        "default": "errorResponse"
      }
    },
    "searchChats": {
      "method": "GET",
      "path": "/open-apis/im/v1/chats/search",
      "responses": {
        "200": "searchChats.response",
        "400": "errorResponse",
        "429": "errorResponse",
        "default": "errorResponse"
      }
    },
    "getTenantAccessToken": {
      "method": "POST",
      "path": "/open-apis/auth/v3/tenant_access_token/internal",
      "responses": {
        "200": "getTenantAccessToken.response",
        "400": "errorResponse",
        "429": "errorResponse",
        "default": "errorResponse"
      }
    }
  },
  "jsapiErrorCodes": {
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
          "path": "/cardContent",
          "errCode": -4
        },
        {
          "keyword": "pattern",
          "path": "/openChatIDs/*",
          "errCode": -8
        }
      ]
    }
  }
};
