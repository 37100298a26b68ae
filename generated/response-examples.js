/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the first documented example per operation and status (spec/ via generated/openapi.json) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
export const responseExamples = {
  "listChats": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "items": [
          {
            "chat_id": "oc_a0553eda9014c201e6969b478895c230",
            "avatar": "https://p3-lark-file.byteimg.com/img/lark-avatar-staging/default-avatar_44ae0ca3-e140-494b-956f-78091e348435~100x100.jpg",
            "name": "测试群名称",
            "description": "测试群描述",
            "owner_id": "4d7a3c6g",
            "owner_id_type": "user_id",
            "external": false,
            "tenant_key": "736588c9260f175e",
            "chat_status": "normal"
          }
        ],
        "page_token": "dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==",
        "has_more": false
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "createChat": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "chat_id": "oc_a0553eda9014c201e6969b478895c230",
        "avatar": "https://p3-lark-file.byteimg.com/img/lark-avatar-staging/default-avatar_44ae0ca3-e140-494b-956f-78091e348435~100x100.jpg",
        "name": "测试群名称",
        "description": "测试群描述",
        "i18n_names": {
          "zh_cn": "群聊",
          "en_us": "group chat",
          "ja_jp": "グループチャット"
        },
        "owner_id": "ou_7d8a6e6df7621556ce0d21922b676706ccs",
        "owner_id_type": "open_id",
        "urgent_setting": "all_members",
        "video_conference_setting": "all_members",
        "add_member_permission": "all_members",
        "share_card_permission": "allowed",
        "at_all_permission": "all_members",
        "edit_permission": "all_members",
        "group_message_type": "chat",
        "chat_mode": "group",
        "chat_type": "private",
        "chat_tag": "inner",
        "external": false,
        "tenant_key": "736588c9260f175e",
        "join_message_visibility": "all_members",
        "leave_message_visibility": "all_members",
        "membership_approval": "no_approval_required",
        "moderation_permission": "all_members",
        "restricted_mode_setting": {
          "status": false,
          "screenshot_has_permission_setting": "all_members",
          "download_has_permission_setting": "all_members",
          "message_has_permission_setting": "all_members"
        },
        "hide_member_count_setting": "all_members"
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "searchChats": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "items": [
          {
            "chat_id": "oc_a0553eda9014c201e6969b478895c230",
            "avatar": "https://p3-lark-file.byteimg.com/img/lark-avatar-staging/default-avatar_44ae0ca3-e140-494b-956f-78091e348435~100x100.jpg",
            "name": "测试群名称",
            "description": "测试群描述",
            "owner_id": "4d7a3c6g",
            "owner_id_type": "user_id",
            "external": false,
            "tenant_key": "736588c9260f175e",
            "chat_status": "normal"
          }
        ],
        "page_token": "dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==",
        "has_more": true
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "getChat": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "avatar": "https://p3-lark-file.byteimg.com/img/lark-avatar-staging/default-avatar_44ae0ca3-e140-494b-956f-78091e348435~100x100.jpg",
        "name": "测试群名称",
        "description": "测试群描述",
        "i18n_names": {
          "zh_cn": "群聊",
          "en_us": "group chat",
          "ja_jp": "グループチャット"
        },
        "add_member_permission": "all_members",
        "share_card_permission": "allowed",
        "at_all_permission": "all_members",
        "edit_permission": "all_members",
        "owner_id_type": "user_id",
        "owner_id": "4d7a3c6g",
        "user_manager_id_list": [
          "ou_9204a37300b3700d61effaa439f34295"
        ],
        "bot_manager_id_list": [
          "cli_a3e157960e7294c"
        ],
        "group_message_type": "chat",
        "chat_mode": "group",
        "chat_type": "private",
        "chat_tag": "inner",
        "join_message_visibility": "only_owner",
        "leave_message_visibility": "only_owner",
        "membership_approval": "no_approval_required",
        "moderation_permission": "all_members",
        "external": false,
        "tenant_key": "736588c9260f175e",
        "user_count": "1",
        "bot_count": "3",
        "restricted_mode_setting": {
          "status": false,
          "screenshot_has_permission_setting": "all_members",
          "download_has_permission_setting": "all_members",
          "message_has_permission_setting": "all_members"
        },
        "urgent_setting": "all_members",
        "video_conference_setting": "all_members",
        "hide_member_count_setting": "all_members",
        "chat_status": "normal"
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "listChatMembers": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "items": [
          {
            "member_id_type": "open_id",
            "member_id": "ou_9204a37300b3700d61effaa439f34295",
            "name": "John",
            "tenant_key": "736588c9260f175d"
          }
        ],
        "page_token": "dmJCRHhpd3JRbGV1VEVNRFFyTitRWDY5ZFkybmYrMEUwMUFYT0VMMWdENEtuYUhsNUxGMDIwemtvdE5ORjBNQQ==",
        "has_more": true,
        "member_total": 2
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "addChatMembers": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "invalid_id_list": [
          "ou_7d8a6e6df7621556ce0d21922b676706ccs"
        ],
        "not_existed_id_list": [
          "ou_7d8a6e6df7621556ce0d21922b676706ccs"
        ],
        "pending_approval_id_list": [
          "ou_7d8a6e6df7621556ce0d21922b676706ccs"
        ]
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "isInChat": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "is_in_chat": false
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "searchChatsV2": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "items": [
          {
            "id": "7890123456abcdef",
            "display_info": "飞书<h>搜索</h>",
            "meta_data": {
              "chat_id": "7890123456abcdef",
              "create_time": "2026-03-21T16:15:30+08:00",
              "update_time": "2026-03-21T16:15:30+08:00",
              "external": true,
              "chat_mode": "group",
              "description": "群描述",
              "avatar": "https://p3-lark-file.byteimg.com/img/lark-avatar-staging/default-avatar_44ae0ca3-e140-494b-956f-78091e348435~100x100.jpg",
              "name": "研发讨论群",
              "owner_id": "4d7a3c6g",
              "owner_id_type": "user_id",
              "tenant_key": "7010970696222244883",
              "chat_status": "normal"
            }
          }
        ],
        "total": 10,
        "has_more": true,
        "page_token": "eVQrYzJBNDNONlk4VFZBZVlSdzlKdFJ4bVVHVExENDNKVHoxaVdiVnViQT0=",
        "notice": "The query is too long and has been truncated to the first 50 characters for search."
      }
    },
    "400": {
      "code": 232001,
      "msg": "Your request contains an invalid request parameter.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "listMessages": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "has_more": false,
        "page_token": "GxmvlNRvP0NdQZpa7yIqf_Lv_QuBwTQ8tXkX7w-irAghVD_TvuYd1aoJ1LQph86O-XImC4X9j9FhUPhXQDvtrQ==",
        "items": [
          {
            "message_id": "om_dc13264520392913993dd051dba21dcf",
            "root_id": "om_40eb06e7b84dc71c03e009ad3c754195",
            "parent_id": "om_d4be107c616aed9c1da8ed8068570a9f",
            "thread_id": "omt_d4be107c616a",
            "msg_type": "interactive",
            "create_time": "1615380573411",
            "update_time": "1615380573411",
            "deleted": false,
            "updated": false,
            "chat_id": "oc_5ad11d72b830411d72b836c20",
            "sender": {
              "id": "cli_9f427eec54ae901b",
              "id_type": "app_id",
              "sender_type": "app",
              "tenant_key": "736588c9260f175e"
            },
            "body": {
              "content": "{\"text\":\"test content\"}"
            },
            "mentions": [
              {
                "key": "@_user_1",
                "id": "ou_155184d1e73cbfb8973e5a9e698e74f2",
                "id_type": "open_id",
                "name": "Tom",
                "tenant_key": "736588c9260f175e"
              }
            ],
            "upper_message_id": "om_40eb06e7b84dc71c03e009ad3c754195"
          }
        ]
      }
    },
    "400": {
      "code": 230002,
      "msg": "Bot/User can NOT be out of the chat."
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "createMessage": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "message_id": "om_dc13264520392913993dd051dba21dcf",
        "root_id": "om_40eb06e7b84dc71c03e009ad3c754195",
        "parent_id": "om_d4be107c616aed9c1da8ed8068570a9f",
        "thread_id": "omt_d4be107c616a",
        "msg_type": "interactive",
        "create_time": "1615380573411",
        "update_time": "1615380573411",
        "deleted": false,
        "updated": false,
        "chat_id": "oc_5ad11d72b830411d72b836c20",
        "sender": {
          "id": "cli_9f427eec54ae901b",
          "id_type": "app_id",
          "sender_type": "app",
          "tenant_key": "736588c9260f175e"
        },
        "body": {
          "content": "{\"text\":\"@_user_1 test content\"}"
        },
        "mentions": [
          {
            "key": "@_user_1",
            "id": "ou_155184d1e73cbfb8973e5a9e698e74f2",
            "id_type": "open_id",
            "name": "Tom",
            "tenant_key": "736588c9260f175e"
          }
        ],
        "upper_message_id": "om_40eb06e7b84dc71c03e009ad3c754195"
      }
    },
    "400": {
      "code": 230099,
      "msg": "Failed to create card content, ext=ErrCode: 200550; ...",
      "error": {
        "log_id": "202409131613579778D691D6E05516DE2D",
        "troubleshooter": "排查建议查看（Troubleshooting suggestions）： https://open.feishu.cn/search?from=openapi&log_id=...&code=230099&method_id=6921911482032898068"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "getMessage": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "items": [
          {
            "message_id": "om_dc13264520392913993dd051dba21dcf",
            "root_id": "om_40eb06e7b84dc71c03e009ad3c754195",
            "parent_id": "om_d4be107c616aed9c1da8ed8068570a9f",
            "thread_id": "omt_d4be107c616a",
            "msg_type": "text",
            "create_time": "1615380573411",
            "update_time": "1615380573411",
            "deleted": false,
            "updated": false,
            "chat_id": "oc_5ad11d72b830411d72b836c20",
            "sender": {
              "id": "cli_9f427eec54ae901b",
              "id_type": "app_id",
              "sender_type": "app",
              "tenant_key": "736588c9260f175e"
            },
            "body": {
              "content": "{\"text\":\"test content\"}"
            },
            "mentions": [
              {
                "key": "@_user_1",
                "id": "ou_155184d1e73cbfb8973e5a9e698e74f2",
                "id_type": "open_id",
                "name": "Tom",
                "tenant_key": "736588c9260f175e"
              }
            ],
            "upper_message_id": "om_40eb06e7b84dc71c03e009ad3c754195"
          }
        ]
      }
    },
    "400": {
      "code": 99992354,
      "msg": "message not found",
      "error": {
        "log_id": "20241121120000A1B2C3D4E5F60718293A4B"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "patchMessage": {
    "200": {
      "code": 0,
      "data": {},
      "msg": "ok"
    },
    "400": {
      "code": 230001,
      "msg": "Your request contains an invalid request parameter, ext=This message is NOT a card.",
      "error": {
        "log_id": "20241121120000A1B2C3D4E5F60718293A4B"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "replyMessage": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "message_id": "om_dc13264520392913993dd051dba21dcf",
        "root_id": "om_40eb06e7b84dc71c03e009ad3c754195",
        "parent_id": "om_d4be107c616aed9c1da8ed8068570a9f",
        "thread_id": "omt_d4be107c616a",
        "msg_type": "interactive",
        "create_time": "1615380573411",
        "update_time": "1615380573411",
        "deleted": false,
        "updated": false,
        "chat_id": "oc_5ad11d72b830411d72b836c20",
        "sender": {
          "id": "cli_9f427eec54ae901b",
          "id_type": "app_id",
          "sender_type": "app",
          "tenant_key": "736588c9260f175e"
        },
        "body": {
          "content": "{\"text\":\"@_user_1 test content\"}"
        },
        "mentions": [
          {
            "key": "@_user_1",
            "id": "ou_155184d1e73cbfb8973e5a9e698e74f2",
            "id_type": "open_id",
            "name": "Tom",
            "tenant_key": "736588c9260f175e"
          }
        ],
        "upper_message_id": "om_40eb06e7b84dc71c03e009ad3c754195"
      }
    },
    "400": {
      "code": 99992354,
      "msg": "message not found",
      "error": {
        "log_id": "20241121120000A1B2C3D4E5F60718293A4B"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "listReactions": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "items": [
          {
            "reaction_id": "ZCaCIjUBVVWSrm5L-3ZTw****",
            "operator": {
              "operator_id": "ou_ff0b7ba35fb****",
              "operator_type": "user"
            },
            "action_time": "1626086391570",
            "reaction_type": {
              "emoji_type": "SMILE"
            }
          }
        ],
        "has_more": true,
        "page_token": "YhljsPiGfUgnVAg9urvRFd-BvSqRL****"
      }
    },
    "400": {
      "code": 231003,
      "msg": "The message is not found, maybe not exist or deleted.",
      "error": {
        "log_id": "20241121120000A1B2C3D4E5F60718293A4B"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "createReaction": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "reaction_id": "ZCaCIjUBVVWSrm5L-3ZTw****",
        "operator": {
          "operator_id": "ou_ff0b7ba35fb****",
          "operator_type": "user"
        },
        "action_time": "1663054162546",
        "reaction_type": {
          "emoji_type": "SMILE"
        }
      }
    },
    "400": {
      "code": 231001,
      "msg": "reaction type is invalid.",
      "error": {
        "log_id": "20241121120000A1B2C3D4E5F60718293A4B"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "deleteReaction": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "reaction_id": "ZCaCIjUBVVWSrm5L-3ZTw****",
        "operator": {
          "operator_id": "ou_ff0b7ba35fb****",
          "operator_type": "user"
        },
        "action_time": "1626086391570",
        "reaction_type": {
          "emoji_type": "SMILE"
        }
      }
    },
    "400": {
      "code": 231007,
      "msg": "The operator has no permission to delete this reaction.",
      "error": {
        "log_id": "20241121120000A1B2C3D4E5F60718293A4B"
      }
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "uploadImage": {
    "200": {
      "code": 0,
      "data": {
        "image_key": "img_v2_xxx"
      },
      "msg": "success"
    },
    "400": {
      "code": 234006,
      "msg": "The file size exceed the max value."
    },
    "401": {
      "code": 234002,
      "msg": "Unauthorized."
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "uploadFile": {
    "200": {
      "code": 0,
      "msg": "success",
      "data": {
        "file_key": "file_456a92d6-c6ea-4de4-ac3f-7afcf44ac78g"
      }
    },
    "400": {
      "code": 234010,
      "msg": "File's size can't be 0."
    },
    "401": {
      "code": 234002,
      "msg": "Unauthorized."
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "updateCardByToken": {
    "200": {
      "code": 0,
      "msg": "ok"
    },
    "400": {
      "code": 300040,
      "msg": "token can only be used twice"
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "getTenantAccessToken": {
    "200": {
      "code": 0,
      "msg": "ok",
      "tenant_access_token": "t-g1044ghJRUIJJ5ELPJYW4ZOVA3L7GHZUQWBMWSNE",
      "expire": 7200
    },
    "400": {
      "code": 10014,
      "msg": "app secret invalid"
    },
    "429": {
      "code": 99991400,
      "msg": "request trigger frequency limit"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  },
  "getLongConnectionEndpoint": {
    "200": {
      "code": 0,
      "msg": "ok",
      "data": {
        "URL": "wss://msg-frontier.feishu.cn/ws/v2?fpid=493&aid=552564&device_id=7347856789012345678&access_key=ex&service_id=33554678&ticket=ex",
        "ClientConfig": {
          "PingInterval": 120,
          "ReconnectCount": -1,
          "ReconnectInterval": 120,
          "ReconnectNonce": 30
        }
      }
    },
    "400": {
      "code": 1000040344,
      "msg": "app_id is required and either app_secret or client_assertion is required"
    },
    "default": {
      "code": 99991663,
      "msg": "Invalid access token for authorization. Please make a request with token attached.",
      "error": {
        "log_id": "202411211200000A1B2C3D4E5F6A7B8C9D"
      }
    }
  }
};
