/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the operation table (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
import { errorCodes } from './contract-index.js';

/** One documented error code of an operation: its name and the shared facts of errorCodes. */
const code = (name) => ({ name, ...errorCodes[name] });

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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited")
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
  "createChat": {
    "operationId": "createChat",
    "method": "POST",
    "path": "/open-apis/im/v1/chats",
    "pathParams": [],
    "schemas": {
      "query": "createChat.query",
      "body": "createChat.body",
      "response": "createChat.response"
    },
    "responses": {
      "200": {
        "success": "createChat.response",
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
    "body": {
      "mediaType": "application/json",
      "required": false
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat:create"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "owner_id",
            "user_id_list"
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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("chatRateLimited"),
      /* @__PURE__ */ code("publicNameTooShort"),
      /* @__PURE__ */ code("botNotFound"),
      /* @__PURE__ */ code("chatUserResigned"),
      /* @__PURE__ */ code("chatReviewFailed"),
      /* @__PURE__ */ code("chatUserIdInvalid"),
      /* @__PURE__ */ code("ownerTenantMismatch"),
      /* @__PURE__ */ code("externalChatNotAllowed"),
      /* @__PURE__ */ code("chatLabelsNotAllowed"),
      /* @__PURE__ */ code("publicNameMissing"),
      /* @__PURE__ */ code("unavailableIds"),
      /* @__PURE__ */ code("restrictedModeNotAllowed"),
      /* @__PURE__ */ code("chatBeingCreated"),
      /* @__PURE__ */ code("externalChatNotPublic"),
      /* @__PURE__ */ code("hideMemberCountNotAllowed"),
      /* @__PURE__ */ code("hideMemberCountUnsupported"),
      /* @__PURE__ */ code("publicChatForbidden"),
      /* @__PURE__ */ code("ocicTagNotAllowed")
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "set_bot_manager": {
        "default": false
      },
      "uuid": {}
    },
    "idempotent": false,
    "idempotencyKey": {
      "in": "query",
      "name": "uuid",
      "window": "10 hours"
    }
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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited")
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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("chatIdInvalid"),
      /* @__PURE__ */ code("crossTenantChat"),
      /* @__PURE__ */ code("operatorNotInChat"),
      /* @__PURE__ */ code("externalChatNotAllowed")
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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("chatIdInvalid"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("crossTenantChat"),
      /* @__PURE__ */ code("operatorNotInChat"),
      /* @__PURE__ */ code("externalChatNotAllowed")
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
  "addChatMembers": {
    "operationId": "addChatMembers",
    "method": "POST",
    "path": "/open-apis/im/v1/chats/{chat_id}/members",
    "pathParams": [
      "chat_id"
    ],
    "schemas": {
      "path": "addChatMembers.path",
      "query": "addChatMembers.query",
      "body": "addChatMembers.body",
      "response": "addChatMembers.response"
    },
    "responses": {
      "200": {
        "success": "addChatMembers.response",
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
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:chat",
        "im:chat.members:write_only"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "member_id_type=user_id",
          "fields": [
            "id_list"
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
    "limits": {
      "usersPerCall": 50,
      "botsPerCall": 5,
      "botsPerChat": 15,
      "membersPerChat": {
        "group": 5000,
        "topic": 5000,
        "meeting": 3000
      }
    },
    "errorCodes": [
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("chatIdInvalid"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("crossTenantChat"),
      /* @__PURE__ */ code("operatorNotInChat"),
      /* @__PURE__ */ code("chatMemberLimit"),
      /* @__PURE__ */ code("addMemberForbidden"),
      /* @__PURE__ */ code("chatRateLimited"),
      /* @__PURE__ */ code("membersInvisible"),
      /* @__PURE__ */ code("noValidMembers"),
      /* @__PURE__ */ code("externalMemberInternalChat"),
      /* @__PURE__ */ code("externalChatNotAllowed"),
      /* @__PURE__ */ code("unavailableIds"),
      /* @__PURE__ */ code("adminMemberLimit"),
      /* @__PURE__ */ code("chatTypeUnsupported"),
      /* @__PURE__ */ code("openIdsNotExist"),
      /* @__PURE__ */ code("userIdsNotExist"),
      /* @__PURE__ */ code("unionIdsNotExist")
    ],
    "query": {
      "member_id_type": {
        "default": "open_id"
      },
      "succeed_type": {
        "default": 0
      }
    },
    "idempotent": false
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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("chatIdInvalid"),
      /* @__PURE__ */ code("crossTenantChat"),
      /* @__PURE__ */ code("externalChatNotAllowed")
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
    "body": {
      "mediaType": "application/json",
      "required": false
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
      /* @__PURE__ */ code("invalidParameter"),
      /* @__PURE__ */ code("appNotExist"),
      /* @__PURE__ */ code("botNotActivated"),
      /* @__PURE__ */ code("appUnavailable"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted"),
      /* @__PURE__ */ code("rateLimited")
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
  "listMessages": {
    "operationId": "listMessages",
    "method": "GET",
    "path": "/open-apis/im/v1/messages",
    "pathParams": [],
    "schemas": {
      "query": "listMessages.query",
      "response": "listMessages.response"
    },
    "responses": {
      "200": {
        "success": "listMessages.response",
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
        "im:message",
        "im:message:readonly",
        "im:message.history:readonly"
      ],
      "fields": [
        {
          "scope": "im:message.group_msg",
          "when": "container_id_type=chat and the chat is a group",
          "fields": [
            "items"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageInvalidParameter"),
      /* @__PURE__ */ code("botNotInChat"),
      /* @__PURE__ */ code("messageBotNotActivated"),
      /* @__PURE__ */ code("messagePermissionMissing"),
      /* @__PURE__ */ code("threadInvisible"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {
      "container_id_type": {},
      "container_id": {},
      "start_time": {},
      "end_time": {},
      "sort_type": {
        "default": "ByCreateTimeAsc"
      },
      "page_size": {
        "default": 20
      },
      "page_token": {},
      "card_msg_content_type": {},
      "only_thread_root_messages": {},
      "with_sender_name": {}
    },
    "idempotent": true
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
    "body": {
      "mediaType": "application/json",
      "required": true
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageInvalidParameter"),
      /* @__PURE__ */ code("botNotInChat"),
      /* @__PURE__ */ code("messageBotNotActivated"),
      /* @__PURE__ */ code("recipientUnavailable"),
      /* @__PURE__ */ code("p2pChatNotShareable"),
      /* @__PURE__ */ code("resourceNotOwnedByBot"),
      /* @__PURE__ */ code("chatSettingsForbid"),
      /* @__PURE__ */ code("topicNotFound"),
      /* @__PURE__ */ code("messageRateLimited"),
      /* @__PURE__ */ code("sensitiveContent"),
      /* @__PURE__ */ code("contentTooLong"),
      /* @__PURE__ */ code("messagePermissionMissing"),
      /* @__PURE__ */ code("auditFailed"),
      /* @__PURE__ */ code("userResigned"),
      /* @__PURE__ */ code("receiveIdInvalid"),
      /* @__PURE__ */ code("sendPermissionDenied"),
      /* @__PURE__ */ code("tenantCryptKeyDeleted"),
      /* @__PURE__ */ code("crossTenantP2pForbidden"),
      /* @__PURE__ */ code("messageBeingSent"),
      /* @__PURE__ */ code("botBlockedByUser"),
      /* @__PURE__ */ code("msgTypeUnavailableInConnectGroup"),
      /* @__PURE__ */ code("fileTypeMismatch"),
      /* @__PURE__ */ code("encryptedSendUnsupported"),
      /* @__PURE__ */ code("cardContentInvalid"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
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
  "getMessage": {
    "operationId": "getMessage",
    "method": "GET",
    "path": "/open-apis/im/v1/messages/{message_id}",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "getMessage.path",
      "query": "getMessage.query",
      "response": "getMessage.response"
    },
    "responses": {
      "200": {
        "success": "getMessage.response",
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
        "im:message:readonly"
      ],
      "fields": [
        {
          "scope": "contact:user.employee_id:readonly",
          "when": "user_id_type=user_id",
          "fields": [
            "sender.id",
            "mentions.id"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageInvalidParameter"),
      /* @__PURE__ */ code("botNotInChat"),
      /* @__PURE__ */ code("messageBotNotActivated"),
      /* @__PURE__ */ code("recipientUnavailable"),
      /* @__PURE__ */ code("messagePermissionMissing"),
      /* @__PURE__ */ code("messageInvisible"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("messageNotFound"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {
      "user_id_type": {
        "default": "open_id"
      },
      "card_msg_content_type": {},
      "with_sender_name": {}
    },
    "idempotent": true
  },
  "patchMessage": {
    "operationId": "patchMessage",
    "method": "PATCH",
    "path": "/open-apis/im/v1/messages/{message_id}",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "patchMessage.path",
      "body": "patchMessage.body",
      "response": "patchMessage.response"
    },
    "responses": {
      "200": {
        "success": "patchMessage.response",
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
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:update"
      ],
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers",
      "perMessagePerSecond": 5,
      "whenMessageExceeded": "code 230020 (inferred; the page documents the 5-per-second limit per message)"
    },
    "errorCodes": [
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageInvalidParameter"),
      /* @__PURE__ */ code("messageBotNotActivated"),
      /* @__PURE__ */ code("messageRecalled"),
      /* @__PURE__ */ code("recipientUnavailable"),
      /* @__PURE__ */ code("messageRateLimited"),
      /* @__PURE__ */ code("contentTooLong"),
      /* @__PURE__ */ code("messagePermissionMissing"),
      /* @__PURE__ */ code("auditFailed"),
      /* @__PURE__ */ code("messageEditWindowPassed"),
      /* @__PURE__ */ code("cardContentInvalid"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("messageNotFound"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "idempotent": false
  },
  "replyMessage": {
    "operationId": "replyMessage",
    "method": "POST",
    "path": "/open-apis/im/v1/messages/{message_id}/reply",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "replyMessage.path",
      "body": "replyMessage.body",
      "response": "replyMessage.response"
    },
    "responses": {
      "200": {
        "success": "replyMessage.response",
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
    "body": {
      "mediaType": "application/json",
      "required": true
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
      "fields": []
    },
    "rateLimit": {
      "perMinute": 1000,
      "perSecond": 50,
      "scope": "per app, per tenant, per API",
      "whenExceeded": "HTTP 429 with code 99991400 and the x-ogw-ratelimit-* headers",
      "perRecipientPerSecond": 5,
      "perRecipientScope": "per receiving user; per receiving chat, shared by all bots in that chat",
      "whenRecipientExceeded": "code 230020 (inferred)"
    },
    "errorCodes": [
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageInvalidParameter"),
      /* @__PURE__ */ code("botNotInChat"),
      /* @__PURE__ */ code("messageBotNotActivated"),
      /* @__PURE__ */ code("messageRecalled"),
      /* @__PURE__ */ code("recipientUnavailable"),
      /* @__PURE__ */ code("p2pChatNotShareable"),
      /* @__PURE__ */ code("resourceNotOwnedByBot"),
      /* @__PURE__ */ code("chatSettingsForbid"),
      /* @__PURE__ */ code("topicNotFound"),
      /* @__PURE__ */ code("messageRateLimited"),
      /* @__PURE__ */ code("sensitiveContent"),
      /* @__PURE__ */ code("contentTooLong"),
      /* @__PURE__ */ code("messagePermissionMissing"),
      /* @__PURE__ */ code("auditFailed"),
      /* @__PURE__ */ code("sendPermissionDenied"),
      /* @__PURE__ */ code("crossTenantP2pForbidden"),
      /* @__PURE__ */ code("messageBeingSent"),
      /* @__PURE__ */ code("messageInvisible"),
      /* @__PURE__ */ code("replyTargetUnsupported"),
      /* @__PURE__ */ code("fileTypeMismatch"),
      /* @__PURE__ */ code("threadReplyUnsupported"),
      /* @__PURE__ */ code("aggregatedThreadReplyUnsupported"),
      /* @__PURE__ */ code("encryptedSendUnsupported"),
      /* @__PURE__ */ code("cardContentInvalid"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("messageSelfDestructing"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("messageNotFound"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "idempotent": false,
    "idempotencyKey": {
      "in": "body",
      "name": "uuid",
      "window": "1 hour"
    }
  },
  "listReactions": {
    "operationId": "listReactions",
    "method": "GET",
    "path": "/open-apis/im/v1/messages/{message_id}/reactions",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "listReactions.path",
      "query": "listReactions.query",
      "response": "listReactions.response"
    },
    "responses": {
      "200": {
        "success": "listReactions.response",
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
        "im:message.reactions:read",
        "im:message:readonly"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageInvalidParameter"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("reactionTypeInvalid"),
      /* @__PURE__ */ code("reactionMessageNotFound"),
      /* @__PURE__ */ code("reactionNoAccess"),
      /* @__PURE__ */ code("reactionPageTokenInvalid"),
      /* @__PURE__ */ code("reactionAuthTypeInvalid"),
      /* @__PURE__ */ code("reactionMessageInvisible"),
      /* @__PURE__ */ code("reactionUserIdTypeInvalid"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {
      "reaction_type": {},
      "page_token": {},
      "page_size": {
        "default": 20
      },
      "user_id_type": {
        "default": "open_id"
      }
    },
    "idempotent": true
  },
  "createReaction": {
    "operationId": "createReaction",
    "method": "POST",
    "path": "/open-apis/im/v1/messages/{message_id}/reactions",
    "pathParams": [
      "message_id"
    ],
    "schemas": {
      "path": "createReaction.path",
      "body": "createReaction.body",
      "response": "createReaction.response"
    },
    "responses": {
      "200": {
        "success": "createReaction.response",
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
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant",
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message.reactions:write_only"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("reactionTypeInvalid"),
      /* @__PURE__ */ code("reactionMessageNotFound"),
      /* @__PURE__ */ code("reactionNoAccess"),
      /* @__PURE__ */ code("reactionPageTokenInvalid"),
      /* @__PURE__ */ code("reactionAuthTypeInvalid"),
      /* @__PURE__ */ code("reactionMessageInvisible"),
      /* @__PURE__ */ code("reactionNoPermission"),
      /* @__PURE__ */ code("reactionChatNotFound"),
      /* @__PURE__ */ code("reactionThreadRemoved"),
      /* @__PURE__ */ code("reactionRepeatedProcessing"),
      /* @__PURE__ */ code("reactionBlockedByUser"),
      /* @__PURE__ */ code("reactionTenantForbidden"),
      /* @__PURE__ */ code("reactionExternalChatForbidden"),
      /* @__PURE__ */ code("reactionBotUnavailable"),
      /* @__PURE__ */ code("reactionOperatorInvalid"),
      /* @__PURE__ */ code("reactionMessageTypeUnsupported"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "idempotent": false
  },
  "deleteReaction": {
    "operationId": "deleteReaction",
    "method": "DELETE",
    "path": "/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}",
    "pathParams": [
      "message_id",
      "reaction_id"
    ],
    "schemas": {
      "path": "deleteReaction.path",
      "response": "deleteReaction.response"
    },
    "responses": {
      "200": {
        "success": "deleteReaction.response",
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
        "im:message.reactions:write_only"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("messageDeleted"),
      /* @__PURE__ */ code("reactionTypeInvalid"),
      /* @__PURE__ */ code("reactionNoPermission"),
      /* @__PURE__ */ code("reactionMessageNotFound"),
      /* @__PURE__ */ code("reactionChatNotFound"),
      /* @__PURE__ */ code("reactionThreadRemoved"),
      /* @__PURE__ */ code("reactionDeleteForbidden"),
      /* @__PURE__ */ code("reactionNoAccess"),
      /* @__PURE__ */ code("reactionNotOfMessage"),
      /* @__PURE__ */ code("reactionIdInvalid"),
      /* @__PURE__ */ code("reactionPageTokenInvalid"),
      /* @__PURE__ */ code("reactionAuthTypeInvalid"),
      /* @__PURE__ */ code("reactionRepeatedProcessing"),
      /* @__PURE__ */ code("reactionMessageInvisible"),
      /* @__PURE__ */ code("reactionBlockedByUser"),
      /* @__PURE__ */ code("reactionTenantForbidden"),
      /* @__PURE__ */ code("reactionExternalChatForbidden"),
      /* @__PURE__ */ code("reactionBotUnavailable"),
      /* @__PURE__ */ code("chatDissolved"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "idempotent": true
  },
  "uploadImage": {
    "operationId": "uploadImage",
    "method": "POST",
    "path": "/open-apis/im/v1/images",
    "pathParams": [],
    "schemas": {
      "body": "uploadImage.body",
      "response": "uploadImage.response"
    },
    "responses": {
      "200": {
        "success": "uploadImage.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "401": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "multipart/form-data",
      "required": true,
      "parts": [
        {
          "name": "image_type",
          "kind": "text",
          "type": "string",
          "required": true
        },
        {
          "name": "image",
          "kind": "binary",
          "required": true,
          "maxBytes": 10485760,
          "minBytes": 1,
          "formats": [
            "jpeg",
            "png",
            "webp",
            "gif",
            "bmp",
            "ico",
            "tiff",
            "heic"
          ],
          "maxDimensions": {
            "default": 12000,
            "gif": 2000,
            "avatar": 4096
          }
        }
      ]
    },
    "tokenTypes": [
      "tenant"
    ],
    "observedTokenTypes": [
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:resource",
        "im:resource:upload"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("uploadMetaStopped"),
      /* @__PURE__ */ code("uploadInvalidParameter"),
      /* @__PURE__ */ code("uploadUnauthorized"),
      /* @__PURE__ */ code("uploadTooLarge"),
      /* @__PURE__ */ code("uploadBotNotEnabled"),
      /* @__PURE__ */ code("uploadEmpty"),
      /* @__PURE__ */ code("imageFormatUnknown"),
      /* @__PURE__ */ code("imageResolutionTooLarge"),
      /* @__PURE__ */ code("tenantMasterKeyDeleted"),
      /* @__PURE__ */ code("hybridStorageError"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "idempotent": false
  },
  "uploadFile": {
    "operationId": "uploadFile",
    "method": "POST",
    "path": "/open-apis/im/v1/files",
    "pathParams": [],
    "schemas": {
      "body": "uploadFile.body",
      "response": "uploadFile.response"
    },
    "responses": {
      "200": {
        "success": "uploadFile.response",
        "error": "errorResponse"
      },
      "400": {
        "error": "errorResponse"
      },
      "401": {
        "error": "errorResponse"
      },
      "429": {
        "error": "errorResponse"
      },
      "default": {
        "error": "errorResponse"
      }
    },
    "body": {
      "mediaType": "multipart/form-data",
      "required": true,
      "parts": [
        {
          "name": "file_type",
          "kind": "text",
          "type": "string",
          "required": true
        },
        {
          "name": "file_name",
          "kind": "text",
          "type": "string",
          "required": true
        },
        {
          "name": "duration",
          "kind": "text",
          "type": "integer",
          "required": false
        },
        {
          "name": "file",
          "kind": "binary",
          "required": true,
          "maxBytes": 31457280,
          "minBytes": 1
        }
      ]
    },
    "tokenTypes": [
      "tenant"
    ],
    "observedTokenTypes": [
      "user"
    ],
    "scopes": {
      "anyOf": [
        "im:resource",
        "im:resource:upload"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("uploadMetaStopped"),
      /* @__PURE__ */ code("uploadInvalidParameter"),
      /* @__PURE__ */ code("uploadUnauthorized"),
      /* @__PURE__ */ code("uploadTooLarge"),
      /* @__PURE__ */ code("uploadBotNotEnabled"),
      /* @__PURE__ */ code("uploadEmpty"),
      /* @__PURE__ */ code("tenantMasterKeyDeleted"),
      /* @__PURE__ */ code("hybridStorageError"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("userTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("userTokenExpired"),
      /* @__PURE__ */ code("scopeNotGranted"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "idempotent": false
  },
  "updateCardByToken": {
    "operationId": "updateCardByToken",
    "method": "POST",
    "path": "/open-apis/interactive/v1/card/update",
    "pathParams": [],
    "schemas": {
      "body": "updateCardByToken.body",
      "response": "updateCardByToken.response"
    },
    "responses": {
      "200": {
        "success": "updateCardByToken.response",
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
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [
      "tenant"
    ],
    "callbackToken": {
      "feishu": 2,
      "lark": 3,
      "lifetimeMinutes": 30
    },
    "scopes": {
      "anyOf": [
        "im:message",
        "im:message:send_as_bot",
        "im:message:update"
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
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("cardFormatInvalid"),
      /* @__PURE__ */ code("cardParameterInvalid"),
      /* @__PURE__ */ code("cardTooLarge"),
      /* @__PURE__ */ code("bodyNotJson"),
      /* @__PURE__ */ code("cardRecalled"),
      /* @__PURE__ */ code("cardOfAnotherApp"),
      /* @__PURE__ */ code("cardOpenIdsWrong"),
      /* @__PURE__ */ code("cardTokenFormatInvalid"),
      /* @__PURE__ */ code("cardTokenExpired"),
      /* @__PURE__ */ code("cardTokenUsedUp"),
      /* @__PURE__ */ code("cardOpenIdsMissing"),
      /* @__PURE__ */ code("tokenMissing"),
      /* @__PURE__ */ code("tenantTokenInvalid"),
      /* @__PURE__ */ code("tokenFormatInvalid"),
      /* @__PURE__ */ code("scopeMissing"),
      /* @__PURE__ */ code("ipDenied"),
      /* @__PURE__ */ code("quotaExhausted")
    ],
    "query": {},
    "dataless": true,
    "idempotent": false
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
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [],
    "scopes": {
      "anyOf": [],
      "fields": []
    },
    "errorCodes": [
      /* @__PURE__ */ code("rateLimited"),
      /* @__PURE__ */ code("appCredentialsInvalid"),
      /* @__PURE__ */ code("appSecretInvalid")
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
    "body": {
      "mediaType": "application/json",
      "required": true
    },
    "tokenTypes": [],
    "scopes": {
      "anyOf": [],
      "fields": []
    },
    "errorCodes": [
      /* @__PURE__ */ code("longConnectionSystemBusy"),
      /* @__PURE__ */ code("longConnectionInternalError"),
      /* @__PURE__ */ code("longConnectionNoCredential"),
      /* @__PURE__ */ code("longConnectionCredentialsInvalid"),
      /* @__PURE__ */ code("longConnectionLimitExceeded")
    ],
    "query": {},
    "idempotent": false
  }
};
