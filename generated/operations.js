/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the operation table (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
/** Every operation of the contract, by operationId. */
export const operations = {
  "listChats": {
    "operationId": "listChats",
    "method": "GET",
    "path": "/open-apis/im/v1/chats",
    "pathParams": [],
    "schemas": {
      "query": "listChats.query",
      "response": "listChats.response"
    },
    "responses": {
      "200": {
        "success": "listChats.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:readonly",
        "im:chat:read",
        "im:chat.group_info:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "sort_type": {
        "default": "ByCreateTimeAsc"
      },
      "types": {
        "tokenRestrictions": [
          {
            "tokenType": "tenant",
            "values": [
              "p2p"
            ],
            "error": "invalidParameter"
          }
        ]
      },
      "page_token": {},
      "page_size": {
        "default": 20
      }
    },
    "idempotent": true
  },
  "searchChats": {
    "operationId": "searchChats",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/search",
    "pathParams": [],
    "schemas": {
      "query": "searchChats.query",
      "response": "searchChats.response"
    },
    "responses": {
      "200": {
        "success": "searchChats.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:readonly",
        "im:chat:read",
        "im:chat.group_info:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "query": {
        "emptyResultAboveLength": 64
      },
      "page_token": {},
      "page_size": {
        "default": 20
      }
    },
    "idempotent": true
  },
  "getChat": {
    "operationId": "getChat",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/{chat_id}",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "getChat.path",
      "query": "getChat.query",
      "response": "getChat.response"
    },
    "responses": {
      "200": {
        "success": "getChat.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:read",
        "im:chat:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id",
            "user_manager_id_list"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "operatorNotInChat",
        "code": 232011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator can NOT be out of the chat.",
        "meaning": "the bot or user of the token is not in the chat (操作者不在群中)",
        "action": "add the bot or user to the chat first"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      }
    },
    "idempotent": true
  },
  "listChatMembers": {
    "operationId": "listChatMembers",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/{chat_id}/members",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "listChatMembers.path",
      "query": "listChatMembers.query",
      "response": "listChatMembers.response"
    },
    "responses": {
      "200": {
        "success": "listChatMembers.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat.members:read",
        "im:chat:readonly",
        "im:chat.group_info:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "member_id_type=user_id",
          "fields": [
            "member_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "operatorNotInChat",
        "code": 232011,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator can NOT be out of the chat.",
        "meaning": "the bot or user of the token is not in the chat (操作者不在群中)",
        "action": "add the bot or user to the chat first"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      }
    ],
    "query": {
      "member_id_type": {
        "default": "open_id"
      },
      "page_size": {
        "default": 20
      },
      "page_token": {},
      "check_security_conf": {}
    },
    "idempotent": true
  },
  "isInChat": {
    "operationId": "isInChat",
    "method": "GET",
    "path": "/open-apis/im/v1/chats/{chat_id}/members/is_in_chat",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "isInChat.path",
      "response": "isInChat.response"
    },
    "responses": {
      "200": {
        "success": "isInChat.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat.members:read",
        "im:chat:readonly",
        "im:chat.group_info:readonly"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "chatIdInvalid",
        "code": 232006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat_id which is invalid.",
        "meaning": "the chat_id is invalid (无效的 chat_id)",
        "action": "check the chat_id (oc_…)"
      },
      {
        "name": "crossTenantChat",
        "code": 232010,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Operator and chat can NOT be in different tenants.",
        "meaning": "the caller is not in the tenant of this internal chat (操作者和群不在同一租户下)",
        "action": "call with an identity of the chat's tenant"
      },
      {
        "name": "externalChatNotAllowed",
        "code": 232033,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The operator or invited bots does NOT have the authority to manage external chats without the scope.",
        "meaning": "the app may not operate on external chats (没有外部群的操作权限)",
        "action": "enable external-chat support for the app in the developer console"
      }
    ],
    "query": {},
    "idempotent": true
  },
  "searchChatsV2": {
    "operationId": "searchChatsV2",
    "method": "POST",
    "path": "/open-apis/im/v2/chats/search",
    "pathParams": [],
    "schemas": {
      "query": "searchChatsV2.query",
      "body": "searchChatsV2.body",
      "response": "searchChatsV2.response"
    },
    "responses": {
      "200": {
        "success": "searchChatsV2.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "pagination": {
      "itemsKey": "items",
      "pageTokenParam": "page_token",
      "pageSizeParam": "page_size",
      "in": "query"
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat:read"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id"
          ]
        }
      ]
    },
    "rateLimit": {
      "documented": false,
      "note": "No source gives this API's rate limit; the per-app limit of the v1 chat APIs (1000 per minute, 50 per second) is a likely but unverified guess, so no number is stated.",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers (the platform's rule for every API)"
    },
    "errorCodes": [
      {
        "name": "invalidParameter",
        "code": 232001,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "invalid request parameter (参数错误)",
        "action": "fix the request; no retry"
      },
      {
        "name": "appNotExist",
        "code": 232004,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Such an app does NOT exist.",
        "meaning": "the app does not exist (作为操作者的 app_id 不存在)",
        "action": "contact support; no retry"
      },
      {
        "name": "botNotActivated",
        "code": 232025,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Bot ability is not activated.",
        "meaning": "bot ability is not activated (应用未启用机器人能力)",
        "action": "enable the bot ability and publish the app"
      },
      {
        "name": "appUnavailable",
        "code": 232034,
        "retryable": false,
        "httpStatus": 400,
        "msg": "The app is unavailable or inactivated by the tenant.",
        "meaning": "the app is not installed or not enabled in the tenant (应用在本租户下未安装或未启用)",
        "action": "install the app"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      },
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      }
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "page_size": {
        "default": 20
      },
      "page_token": {}
    },
    "idempotent": false
  },
  "createMessage": {
    "operationId": "createMessage",
    "method": "POST",
    "path": "/open-apis/im/v1/messages",
    "pathParams": [],
    "schemas": {
      "query": "createMessage.query",
      "body": "createMessage.body",
      "response": "createMessage.response"
    },
    "responses": {
      "200": {
        "success": "createMessage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:send"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "receive_id_type=user_id",
          "fields": [
            "receive_id"
          ]
        },
        {
          "scope": "im:message:send_sys_msg",
          "when": "msg_type=system",
          "fields": [
            "content"
          ]
        }
      ]
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers",
      "perRecipientPerSecond": 5,
      "perRecipientScope": "per receiving user; per receiving chat, shared by all bots in that chat",
      "whenRecipientExceeded": "code 230020 (inferred; the page documents the limit and the code, not which answers the other)"
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "messageInvalidParameter",
        "code": 230001,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request contains an invalid request parameter.",
        "meaning": "an invalid parameter; the cause follows `ext=` in msg (参数错误)",
        "action": "fix the request"
      },
      {
        "name": "botNotInChat",
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
      {
        "name": "messageBotNotActivated",
        "code": 230006,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot ability is not activated.",
        "meaning": "the app's bot ability is off or not published (应用未启用机器人能力)",
        "action": "enable the bot ability and publish a version"
      },
      {
        "name": "recipientUnavailable",
        "code": 230013,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot has NO availability to this user.",
        "meaning": "the user is outside the app's availability range",
        "disabled or resigned (用户不在应用可用范围内)": null,
        "action": "widen the availability range or pick another recipient"
      },
      {
        "name": "p2pChatNotShareable",
        "code": 230015,
        "httpStatus": 400,
        "retryable": false,
        "msg": "P2P chat can NOT be shared.",
        "meaning": "share_chat of a p2p chat",
        "action": "share a group chat"
      },
      {
        "name": "resourceNotOwnedByBot",
        "code": 230017,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Bot is NOT the owner of the resource.",
        "meaning": "the image or file was not uploaded by this bot",
        "action": "upload it with this app's IM upload API"
      },
      {
        "name": "chatSettingsForbid",
        "code": 230018,
        "httpStatus": 400,
        "retryable": false,
        "msg": "These operations are NOT allowed at current group settings.",
        "meaning": "the chat's settings forbid it (e.g. only some members may speak)",
        "action": "change the chat's settings"
      },
      {
        "name": "topicNotFound",
        "code": 230019,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The topic does NOT exist.",
        "meaning": "the topic (thread) does not exist",
        "action": "check the target"
      },
      {
        "name": "messageRateLimited",
        "code": 230020,
        "httpStatus": 400,
        "retryable": true,
        "msg": "This operation triggers the frequency limit.",
        "meaning": "a message frequency limit was hit (e.g. 5 per second to one user or chat)",
        "action": "wait",
        "then retry (bounded; only a send with a uuid is safe to retry)": null
      },
      {
        "name": "sensitiveContent",
        "code": 230022,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The content of the message contains sensitive information.",
        "meaning": "the content holds sensitive words",
        "action": "change the content"
      },
      {
        "name": "contentTooLong",
        "code": 230025,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The length of the message content reaches its limit.",
        "meaning": "the content is too long (text over 150 KB, card or post over 30 KB; a template counts its data)",
        "action": "shorten the content"
      },
      {
        "name": "messagePermissionMissing",
        "code": 230027,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Lack of necessary permissions.",
        "meaning": "a scope or the user's authorization is missing",
        "or an external chat without external sharing": null,
        "action": "add the scope or authorization"
      },
      {
        "name": "auditFailed",
        "code": 230028,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The messages do NOT pass the audit.",
        "meaning": "blocked by data-loss prevention (e.g. a plaintext phone number or email)",
        "action": "change the content"
      },
      {
        "name": "userResigned",
        "code": 230029,
        "httpStatus": 400,
        "retryable": false,
        "msg": "User has resigned.",
        "meaning": "the recipient has resigned",
        "action": "pick another recipient"
      },
      {
        "name": "receiveIdInvalid",
        "code": 230034,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The receive_id is invalid.",
        "meaning": "receive_id does not match receive_id_type",
        "action": "send the id of the kind in receive_id_type"
      },
      {
        "name": "sendPermissionDenied",
        "code": 230035,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Send Message Permission deny.",
        "meaning": "muted chat, blocked by the recipient, or a tenant policy",
        "action": "check the chat's and tenant's settings"
      },
      {
        "name": "tenantCryptKeyDeleted",
        "code": 230036,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Tenant crypt key has been deleted.",
        "meaning": "the tenant's encryption key was deleted",
        "action": "contact the tenant's administrator"
      },
      {
        "name": "crossTenantP2pForbidden",
        "code": 230038,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Cross tenant p2p chat operate forbid.",
        "meaning": "a p2p message across tenants is not allowed",
        "action": "pick a recipient of the same tenant"
      },
      {
        "name": "messageBeingSent",
        "code": 230049,
        "httpStatus": 400,
        "retryable": true,
        "msg": "The message is being sent.",
        "meaning": "the same message is still being sent",
        "action": "retry later with the same uuid (inferred: the page gives no advice)"
      },
      {
        "name": "botBlockedByUser",
        "code": 230053,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The user has stopped the bot from sending messages.",
        "meaning": "the user turned off messages from this bot",
        "action": "do not send to this user"
      },
      {
        "name": "msgTypeUnavailableInConnectGroup",
        "code": 230054,
        "httpStatus": 400,
        "retryable": false,
        "msg": "This type of message is unavailable in the connection group.",
        "meaning": "this msg_type is not allowed in a connected group (e.g. cards in a private connected group)",
        "action": "send another msg_type"
      },
      {
        "name": "fileTypeMismatch",
        "code": 230055,
        "httpStatus": 400,
        "retryable": false,
        "msg": "The type of file upload does not match the type of message being sent.",
        "meaning": "the uploaded file's type does not fit msg_type",
        "action": "upload the file with the matching file_type"
      },
      {
        "name": "encryptedSendUnsupported",
        "code": 230075,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Sending encrypted messages is not supported.",
        "meaning": "sending into an encrypted chat is not supported",
        "action": "send elsewhere"
      },
      {
        "name": "cardContentInvalid",
        "code": 230099,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Failed to create card content.",
        "meaning": "the card cannot be built; the cause is the sub-code in msg (ext=ErrCode: N; ErrMsg: …), e.g. 200621 card JSON parse error, 200380 template not published, 11310 template not visible or too many components",
        "action": "fix the card or template as the sub-code says"
      },
      {
        "name": "chatDissolved",
        "code": 232009,
        "httpStatus": 400,
        "retryable": false,
        "msg": "Your request specifies a chat which has already been dissolved.",
        "meaning": "the chat has been dissolved (群已被解散)",
        "action": "stop using this chat"
      },
      {
        "name": "tokenMissing",
        "code": 99991661,
        "retryable": false,
        "httpStatus": 400,
        "msg": "Missing access token for authorization. Please make a request with token attached.",
        "meaning": "token missing",
        "action": "send Authorization: Bearer <token>"
      },
      {
        "name": "tenantTokenInvalid",
        "code": 99991663,
        "retryable": true,
        "httpStatus": 400,
        "msg": "Invalid access token for authorization. Please make a request with token attached.",
        "meaning": "tenant token invalid or expired (also seen with HTTP 200)",
        "action": "fetch a new tenant token and retry once (retryable: only after that refresh)"
      },
      {
        "name": "userTokenInvalid",
        "code": 99991668,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token invalid",
        "action": "refresh the user token"
      },
      {
        "name": "tokenFormatInvalid",
        "code": 99991671,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "token format wrong (must start t- or u-)",
        "action": "fix the token"
      },
      {
        "name": "scopeMissing",
        "code": 99991672,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "a required scope is missing; see error.permission_violations",
        "action": "add the scope in the developer console"
      },
      {
        "name": "userTokenExpired",
        "code": 99991677,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "user token expired",
        "action": "refresh the user token"
      },
      {
        "name": "scopeNotGranted",
        "code": 99991679,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "the user has not granted the scope",
        "action": "ask the user to authorize"
      },
      {
        "name": "ipDenied",
        "code": 99991401,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "denied by the IP allow-list (not a scope problem)",
        "action": "fix the allow-list"
      },
      {
        "name": "quotaExhausted",
        "code": 99991403,
        "retryable": false,
        "httpStatus": 400,
        "meaning": "monthly API quota exhausted",
        "action": "wait for the quota"
      }
    ],
    "query": {
      "receive_id_type": {}
    },
    "idempotent": false,
    "idempotencyKey": {
      "in": "body",
      "name": "uuid",
      "window": "1 hour"
    }
  },
  "getTenantAccessToken": {
    "operationId": "getTenantAccessToken",
    "method": "POST",
    "path": "/open-apis/auth/v3/tenant_access_token/internal",
    "pathParams": [],
    "schemas": {
      "body": "getTenantAccessToken.body",
      "response": "getTenantAccessToken.response"
    },
    "responses": {
      "200": {
        "success": "getTenantAccessToken.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [],
    "scopes": {
      "anyOf": [],
      "fields": []
    },
    "errorCodes": [
      {
        "name": "rateLimited",
        "code": 99991400,
        "retryable": true,
        "httpStatus": 429,
        "msg": "request trigger frequency limit",
        "meaning": "rate limited (older gateways answer HTTP 400)",
        "action": "wait x-ogw-ratelimit-reset seconds, then retry (bounded)"
      },
      {
        "name": "appCredentialsInvalid",
        "code": 10003,
        "httpStatus": 400,
        "retryable": false,
        "msg": "invalid param",
        "meaning": "app_id unknown or the body malformed (also answered with HTTP 200)",
        "action": "check app_id and the JSON body"
      },
      {
        "name": "appSecretInvalid",
        "code": 10014,
        "httpStatus": 400,
        "retryable": false,
        "msg": "app secret invalid",
        "meaning": "app_secret does not match app_id",
        "action": "check app_secret"
      }
    ],
    "query": {},
    "idempotent": false
  },
  "getLongConnectionEndpoint": {
    "operationId": "getLongConnectionEndpoint",
    "method": "POST",
    "path": "/callback/ws/endpoint",
    "pathParams": [],
    "schemas": {
      "body": "getLongConnectionEndpoint.body",
      "response": "getLongConnectionEndpoint.response"
    },
    "responses": {
      "200": {
        "success": "getLongConnectionEndpoint.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "tokenTypes": [],
    "scopes": {
      "anyOf": [],
      "fields": []
    },
    "errorCodes": [
      {
        "name": "longConnectionSystemBusy",
        "code": 1,
        "httpStatus": 200,
        "retryable": true,
        "msg": "system busy",
        "meaning": "the platform is busy",
        "action": "retry after the reconnect interval"
      },
      {
        "name": "longConnectionInternalError",
        "code": 1000040343,
        "httpStatus": 200,
        "retryable": true,
        "msg": "internal error",
        "meaning": "a server-side error",
        "action": "retry after the reconnect interval"
      },
      {
        "name": "longConnectionNoCredential",
        "code": 1000040344,
        "httpStatus": 200,
        "retryable": false,
        "msg": "app_id is required and either app_secret or client_assertion is required",
        "meaning": "AppID or AppSecret is empty",
        "action": "send both the app id and the app secret"
      },
      {
        "name": "longConnectionCredentialsInvalid",
        "code": 1000040345,
        "httpStatus": 200,
        "retryable": false,
        "msg": "app_id or app_secret is invalid",
        "meaning": "the app id is unknown or the secret does not match it",
        "action": "check the app id and secret (and Feishu versus Lark)"
      },
      {
        "name": "longConnectionLimitExceeded",
        "code": 1000040350,
        "httpStatus": 200,
        "retryable": false,
        "msg": "exceed connection limit",
        "meaning": "the app already holds the maximum number of long connections (50)",
        "action": "close connections the app no longer uses; every extra one receives nothing anyway (cluster mode)"
      }
    ],
    "query": {},
    "idempotent": false
  }
};
