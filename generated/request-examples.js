/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: the documented request examples per operation (spec/ via generated/openapi.json) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
export const listChats = {
  "path": {},
  "query": {
    "user_id_type": [
      "open_id"
    ],
    "sort_type": [
      "ByCreateTimeAsc"
    ],
    "types": [
      [
        "group",
        "p2p"
      ]
    ],
    "page_size": [
      10
    ]
  },
  "body": {}
};
export const createChat = {
  "path": {},
  "query": {
    "user_id_type": [
      "open_id"
    ],
    "uuid": [
      "b13g2t38-1jd2-458b-8djf-dtbca5104204"
    ]
  },
  "body": {
    "doc": {
      "avatar": "default-avatar_44ae0ca3-e140-494b-956f-78091e348435",
      "name": "测试群名称",
      "description": "测试群描述",
      "i18n_names": {
        "zh_cn": "群聊",
        "en_us": "group chat",
        "ja_jp": "グループチャット"
      },
      "owner_id": "ou_7d8a6e6df7621556ce0d21922b676706ccs",
      "user_id_list": [
        "ou_7d8a6e6df7621556ce0d21922b676706ccs"
      ],
      "bot_id_list": [
        "cli_a10fbf7e94b8d01d"
      ],
      "group_message_type": "chat",
      "chat_mode": "group",
      "chat_type": "private",
      "join_message_visibility": "all_members",
      "leave_message_visibility": "all_members",
      "membership_approval": "no_approval_required",
      "restricted_mode_setting": {
        "status": false,
        "screenshot_has_permission_setting": "all_members",
        "download_has_permission_setting": "all_members",
        "message_has_permission_setting": "all_members"
      },
      "urgent_setting": "all_members",
      "video_conference_setting": "all_members",
      "edit_permission": "all_members",
      "hide_member_count_setting": "all_members"
    }
  }
};
export const searchChats = {
  "path": {},
  "query": {
    "user_id_type": [
      "open_id"
    ],
    "query": [
      "abc"
    ],
    "page_size": [
      10
    ]
  },
  "body": {}
};
export const getChat = {
  "path": {
    "chat_id": [
      "oc_a0553eda9014c201e6969b478895c230"
    ]
  },
  "query": {
    "user_id_type": [
      "open_id"
    ]
  },
  "body": {}
};
export const listChatMembers = {
  "path": {
    "chat_id": [
      "oc_a0553eda9014c201e6969b478895c230"
    ]
  },
  "query": {
    "member_id_type": [
      "open_id"
    ],
    "page_size": [
      10
    ],
    "check_security_conf": [
      true
    ]
  },
  "body": {}
};
export const addChatMembers = {
  "path": {
    "chat_id": [
      "oc_a0553eda9014c201e6969b478895c230"
    ]
  },
  "query": {},
  "body": {
    "doc": {
      "id_list": [
        "ou_7d8a6e6df7621556ce0d21922b676706ccs"
      ]
    }
  }
};
export const isInChat = {
  "path": {
    "chat_id": [
      "oc_a0553eda9014c201e6969b478895c230"
    ]
  },
  "query": {},
  "body": {}
};
export const searchChatsV2 = {
  "path": {},
  "query": {
    "user_id_type": [
      "open_id"
    ],
    "page_size": [
      10
    ]
  },
  "body": {
    "doc": {
      "query": "部门群",
      "filter": {
        "search_types": [
          "private"
        ],
        "member_ids": [
          "ou-7890123456abcdef"
        ],
        "is_manager": true,
        "disable_search_by_user": true,
        "chat_modes": [
          "thread"
        ]
      },
      "sorter": "create_time_desc"
    },
    "quotedKeyword": {
      "query": "\"team-alpha\""
    }
  }
};
export const listMessages = {
  "path": {},
  "query": {
    "container_id_type": [
      "chat"
    ],
    "container_id": [
      "oc_234jsi43d3ssi993d43545f"
    ],
    "start_time": [
      "1608594809"
    ],
    "end_time": [
      "1609296809"
    ],
    "sort_type": [
      "ByCreateTimeAsc"
    ],
    "page_size": [
      20
    ],
    "card_msg_content_type": [
      "user_card_content"
    ]
  },
  "body": {}
};
export const createMessage = {
  "path": {},
  "query": {
    "receive_id_type": [
      "chat_id"
    ]
  },
  "body": {
    "textToChat": {
      "receive_id": "oc_84983ff6516d731e5b5f68d4ea2e1da5",
      "msg_type": "text",
      "content": "{\"text\":\"test content\"}"
    },
    "textWithUuid": {
      "receive_id": "oc_84983ff6516d731e5b5f68d4ea2e1da5",
      "msg_type": "text",
      "content": "{\"text\":\"test content\"}",
      "uuid": "a0d69e20-1dd1-458b-k525-dfeca4015204"
    },
    "cardJson": {
      "receive_id": "oc_84983ff6516d731e5b5f68d4ea2e1da5",
      "msg_type": "interactive",
      "content": "{\"elements\":[{\"tag\":\"markdown\",\"content\":\"普通文本\\n\\n <at id=\\\"ou_cf986xxxx\\\"></at> ... <at id=\\\"all\\\"></at>\"}]}"
    },
    "templateCard": {
      "receive_id": "oc_84983ff6516d731e5b5f68d4ea2e1da5",
      "msg_type": "interactive",
      "content": "{\"type\": \"template\", \"data\": { \"template_id\": \"ctp_xxxxxxxxxxxx\", \"template_variable\": {\"article_title\": \"这是文章标题内容\"} } }"
    }
  }
};
export const getMessage = {
  "path": {
    "message_id": [
      "om_dc13264520392913993dd051dba21dcf",
      "om_925327317135d242832d17fbfab96064"
    ]
  },
  "query": {
    "user_id_type": [
      "open_id"
    ],
    "card_msg_content_type": [
      "user_card_content"
    ]
  },
  "body": {}
};
export const patchMessage = {
  "path": {
    "message_id": [
      "om_dc13264520392913993dd051dba21dcf",
      "om_925327317135d242832d17fbfab96064"
    ]
  },
  "query": {},
  "body": {
    "cardJson": {
      "content": "{\"config\":{\"update_multi\":true},\"elements\":[{\"tag\":\"div\",\"text\":{\"content\":\"This is the plain text\",\"tag\":\"plain_text\"}}],\"header\":{\"template\":\"blue\",\"title\":{\"content\":\"This is the title\",\"tag\":\"plain_text\"}}}"
    },
    "template": {
      "content": "{\"type\":\"template\",\"data\":{\"template_id\":\"AAqyjwfhabcef\",\"template_version_name\":\"1.0.0\"}}"
    }
  }
};
export const replyMessage = {
  "path": {
    "message_id": [
      "om_dc13264520392913993dd051dba21dcf",
      "om_925327317135d242832d17fbfab96064"
    ]
  },
  "query": {},
  "body": {
    "textReply": {
      "content": "{\"text\":\"test content\"}",
      "msg_type": "text",
      "uuid": "a0d69e20-1dd1-458b-k525-dfeca4015204"
    },
    "threadReply": {
      "content": "{\"text\":\"test content\"}",
      "msg_type": "text",
      "reply_in_thread": true,
      "uuid": "a0d69e20-1dd1-458b-k525-dfeca4015204"
    }
  }
};
export const listReactions = {
  "path": {
    "message_id": [
      "om_dc13264520392913993dd051dba21dcf",
      "om_925327317135d242832d17fbfab96064"
    ]
  },
  "query": {
    "reaction_type": [
      "LAUGH",
      "SMILE",
      "Typing",
      "THUMBSUP"
    ],
    "page_size": [
      20
    ],
    "user_id_type": [
      "open_id"
    ]
  },
  "body": {}
};
export const createReaction = {
  "path": {
    "message_id": [
      "om_dc13264520392913993dd051dba21dcf",
      "om_925327317135d242832d17fbfab96064"
    ]
  },
  "query": {},
  "body": {
    "doc": {
      "reaction_type": {
        "emoji_type": "SMILE"
      }
    }
  }
};
export const deleteReaction = {
  "path": {
    "message_id": [
      "om_dc13264520392913993dd051dba21dcf",
      "om_925327317135d242832d17fbfab96064"
    ],
    "reaction_id": [
      "ZCaCIjUBVVWSrm5L-3ZTw****"
    ]
  },
  "query": {},
  "body": {}
};
export const uploadImage = {
  "path": {},
  "query": {},
  "body": {
    "gif": {
      "image_type": "message",
      "image": "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000,\u0000\u0000\u0000\u0000\u0001\u0000\u0001\u0000\u0000\u0002\u0002D\u0001\u0000;"
    }
  }
};
export const uploadFile = {
  "path": {},
  "query": {},
  "body": {
    "stream": {
      "file_type": "stream",
      "file_name": "notes.txt",
      "file": "hello from the docs"
    }
  }
};
export const updateCardByToken = {
  "path": {},
  "query": {},
  "body": {
    "exclusiveV1": {
      "token": "c-515fbxxxx",
      "card": {
        "open_ids": [
          "ou_515fbe9d04838174e2035f8xxxx53d07f"
        ],
        "elements": [
          {
            "tag": "div",
            "text": {
              "tag": "plain_text",
              "content": "This is plain text"
            },
            "fields": [
              {
                "is_short": true,
                "text": {
                  "tag": "lark_md",
                  "content": "**已同意**"
                }
              }
            ]
          }
        ]
      }
    },
    "sharedV2": {
      "token": "c-515fbyyyy",
      "card": {
        "schema": "2.0",
        "config": {
          "update_multi": true
        },
        "body": {
          "direction": "vertical",
          "elements": [
            {
              "tag": "div",
              "text": {
                "tag": "plain_text",
                "content": "JSON 2.0 示例文本"
              }
            }
          ]
        }
      }
    },
    "template": {
      "token": "c-515fbzzzz",
      "card": {
        "open_ids": [
          "ou_515fbe9d04838174e2035f8xxxx53d07f"
        ],
        "type": "template",
        "data": {
          "template_id": "xxxxxxxxxxxx",
          "template_version_name": "1.0.0",
          "template_variable": {
            "key1": "value1",
            "key2": "value2"
          }
        }
      }
    }
  }
};
export const getTenantAccessToken = {
  "path": {},
  "query": {},
  "body": {
    "demo": {
      "app_id": "cli_demo0000000000001",
      "app_secret": "demo-app-secret-not-a-real-one"
    }
  }
};
export const getLongConnectionEndpoint = {
  "path": {},
  "query": {},
  "body": {
    "demo": {
      "AppID": "cli_demo0000000000001",
      "AppSecret": "demo-app-secret-not-a-real-one"
    }
  }
};
