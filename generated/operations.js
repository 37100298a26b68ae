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
  }
};
