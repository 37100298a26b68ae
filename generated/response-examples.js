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
  "getTenantAccessToken": {
    "200": {
      "code": 0,
      "msg": "ok",
      "tenant_access_token": "t-g1044ghJRUIJJ5ELPJYW4ZOVA3L7GHZUQWBMWSNE",
      "expire": 7200
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
  }
};
