/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/longconn/pbbp2.proto, spec/longconn/protocol.yaml, spec/paths/callback_ws_endpoint.yaml by scripts/generate-longconn.js
 * Regenerate: npm run generate
 */
/** The pbbp2 package (Frame, Header) as a protobufjs JSON descriptor. */
export const pbbp2 = {
  "nested": {
    "pbbp2": {
      "nested": {
        "Header": {
          "edition": "proto2",
          "fields": {
            "key": {
              "rule": "required",
              "type": "string",
              "id": 1
            },
            "value": {
              "rule": "required",
              "type": "string",
              "id": 2
            }
          }
        },
        "Frame": {
          "edition": "proto2",
          "fields": {
            "SeqID": {
              "rule": "required",
              "type": "uint64",
              "id": 1
            },
            "LogID": {
              "rule": "required",
              "type": "uint64",
              "id": 2
            },
            "service": {
              "rule": "required",
              "type": "int32",
              "id": 3
            },
            "method": {
              "rule": "required",
              "type": "int32",
              "id": 4
            },
            "headers": {
              "rule": "repeated",
              "type": "Header",
              "id": 5
            },
            "payloadEncoding": {
              "type": "string",
              "id": 6
            },
            "payloadType": {
              "type": "string",
              "id": 7
            },
            "payload": {
              "type": "bytes",
              "id": 8
            },
            "LogIDNew": {
              "type": "string",
              "id": 9
            }
          }
        }
      }
    }
  }
};

/** The long-connection protocol: methods, message types, headers, handshake errors, ACK, limits, ClientConfig, errata. */
export const protocol = {
  "title": "Long connection (长连接) protocol",
  "description": "The app calls `POST /callback/ws/endpoint` with its app id and secret and gets a WebSocket URL and a\n`ClientConfig`. It dials the URL; every WebSocket message either way is one binary `pbbp2.Frame`\n(protobuf, proto2). Authentication happens only then: the frames that follow are plain JSON, neither\nencrypted nor signed. The server pushes events and card callbacks as data frames; the client answers each\nwith an ACK (the same frame echoed back with a JSON payload) within the deadline, pings every\n`PingInterval` seconds, and applies the `ClientConfig` each pong carries. Only self-built (企业自建) apps may\nuse it; each app may hold 50 connections, and each message goes to one of them at random (cluster mode, no broadcast).\n",
  "x-source": "larksuite/node-sdk ws-client/* (v1.73), larksuite/oapi-sdk-go ws/*, larksuite/oapi-sdk-python lark_oapi/ws/*; docs server-side-sdk/python--sdk/handle-events (3 s, 50 connections, cluster mode)",
  "endpoint": {
    "operationId": "getLongConnectionEndpoint",
    "description": "Endpoint discovery; its error codes are the operation's x-error-codes.",
    "urlQuery": {
      "device_id": "The connection's id (the SDKs log it as the connection id).",
      "service_id": "An integer the client puts in `Frame.service` of its pings."
    }
  },
  "frame": {
    "proto": "pbbp2.proto",
    "message": "pbbp2.Frame",
    "encoding": "One binary WebSocket message per frame; no length prefix."
  },
  "methods": {
    "control": 0,
    "data": 1
  },
  "messageTypes": {
    "event": {
      "method": "data",
      "from": "server",
      "description": "An event envelope (JSON, schema 2.0 or 1.0), whole or one part of it (see `sum`/`seq`). Card callbacks (`card.action.trigger`) arrive as this type too (see the erratum on `card`)."
    },
    "card": {
      "method": "data",
      "from": "server",
      "description": "A card callback. Sources disagree on whether the platform ever sends it (erratum cardFrameType); a client must handle it exactly like an `event` frame that carries a card callback."
    },
    "ping": {
      "method": "control",
      "from": "client",
      "description": "Sent by the client every `PingInterval` seconds, with `service` = the URL's service_id and no payload."
    },
    "pong": {
      "method": "control",
      "from": "server",
      "description": "The answer to a ping; its payload, when present, is a ClientConfig (JSON, schema longconn.client-config) that replaces the client's."
    }
  },
  "headers": {
    "type": {
      "description": "The message type (`event`, `card`, `ping`, `pong`).",
      "frames": "all"
    },
    "message_id": {
      "description": "The message's id, shared by its parts and by every redelivery of it. The ACK echoes it.",
      "frames": "data"
    },
    "sum": {
      "description": "How many parts the message was split into (decimal string; \"1\" if it was not split).",
      "frames": "data"
    },
    "seq": {
      "description": "This part's index, 0-based (decimal string), below `sum`. The parts' payloads concatenated in `seq` order are the message's JSON.",
      "frames": "data"
    },
    "trace_id": {
      "description": "The platform's trace id, for logs.",
      "frames": "data"
    },
    "timestamp": {
      "description": "When the platform sent the frame (milliseconds since the epoch, decimal string).",
      "frames": "data"
    },
    "instance_id": {
      "description": "The platform instance that sent the frame.",
      "frames": "data"
    },
    "biz_rt": {
      "description": "Added by the client to its ACK — how long the handler took, in milliseconds (decimal string, never negative; see erratum bizRtNegative).",
      "frames": "ack"
    }
  },
  "handshake": {
    "description": "A refused WebSocket upgrade answers a non-101 status with these response headers. 403 is a client error (do not\nretry); 514 with autherrcode 1000040350 is the connection limit (a client error); 514 with another autherrcode, and\nany other status, are server errors (retry by the reconnect rules).\n",
    "headers": {
      "status": "handshake-status",
      "message": "handshake-msg",
      "authErrorCode": "handshake-autherrcode"
    },
    "errors": [
      {
        "name": "forbidden",
        "status": 403,
        "retryable": false,
        "meaning": "the URL's ticket is unknown",
        "expired or already used": null,
        "or the app may not use the long connection": null
      },
      {
        "name": "connectionLimit",
        "status": 514,
        "authErrorCode": 1000040350,
        "retryable": false,
        "meaning": "the app already holds the maximum number of connections"
      },
      {
        "name": "authFailed",
        "status": 514,
        "retryable": true,
        "meaning": "authentication failed on the server side (any other autherrcode)"
      }
    ]
  },
  "ack": {
    "schema": "longconn.ack",
    "description": "The client answers each complete data message by sending the frame it received (the last part's, for a split\nmessage) back unchanged except for an added `biz_rt` header and `payload` = the UTF-8 JSON of the ACK payload\n`{ code, headers?, data? }`. `data` is the base64 of the handler's answer as JSON; for a card callback that answer is\nthe callback response (`{}`, a toast, a card), and an ACK without it fails the click with 108002.\n",
    "deadlineMs": 3000,
    "codes": {
      "ok": 200,
      "handlerError": 500
    },
    "cardEmptyAnswer": {},
    "missingCardAnswerError": 108002
  },
  "limits": {
    "maxConnectionsPerApp": 50,
    "delivery": "cluster",
    "redelivery": "A message not acknowledged within the deadline is pushed again, with the same message_id, to one of the app's connections (at least once; users see 1-3 retries within about 10 s, and HTTP retries minutes to hours later)."
  },
  "clientConfig": {
    "schema": "longconn.client-config",
    "defaults": {
      "PingInterval": 120,
      "ReconnectCount": -1,
      "ReconnectInterval": 120,
      "ReconnectNonce": 30
    },
    "reconnect": "Before the first retry wait a random 0…ReconnectNonce seconds, then retry every ReconnectInterval seconds, ReconnectCount times (-1 = forever)."
  },
  "partialMessages": {
    "description": "Parts of a split message are held until every `seq` below `sum` has arrived, then joined. The official clients drop an incomplete message after a fixed time.",
    "sdkExpiryMs": {
      "go": 5000,
      "python": 5000,
      "node": 10000
    }
  },
  "errata": [
    {
      "id": "cardFrameType",
      "where": "messageTypes.card",
      "doc": "Sources disagree on the frame type of a card callback. Frame captures and debug logs (AionCore#604, hermes-feishu-streaming-card#227) and the Go and Node SDKs' design (callbacks through the event dispatcher) say `type=event` with header.event_type card.action.trigger; oapi-sdk-python#126 and Hermes' patches say `type=card`, which every official SDK drops without an ACK (Python returns early, Go skips it, Node dispatches only `event`).",
      "decision": "A client handles both types alike and acknowledges both; the mock sends `event` by default and `card` when told to (longConnection.cardFrameType).",
      "evidence": "feishu-events reference §A9.8 and §A10.5; oapi-sdk-python#126 (clicks time out with 200340 over the long connection)."
    },
    {
      "id": "bizRtNegative",
      "where": "headers.biz_rt",
      "doc": "node-sdk's WSClient writes biz_rt as String(startTime - endTime), a negative number of milliseconds.",
      "decision": "biz_rt is the handler's duration, never negative; createLongConnection sends endTime - startTime. The mock records biz_rt as sent and does not refuse a negative one (the official SDK sends it).",
      "evidence": "node-sdk ws-client/index.ts handleEventData (v1.73, still in 1.74)."
    },
    {
      "id": "ackWithoutBody",
      "where": "ack",
      "doc": "The SDKs add `data` only when the handler returns something; a card callback acknowledged without a body fails the click with 108002.",
      "decision": "createLongConnection always sends data for a card callback (`{}` when the handler gave nothing or missed the deadline); the mock answers such a click as the platform does, with 108002, and records it.",
      "evidence": "larksuite/cli PR"
    },
    {
      "id": "ackAfterHandler",
      "where": "ack",
      "doc": "Every official SDK acknowledges only after the handler returns, so a handler slower than 3 s gets its event redelivered (clawdbot-feishu#325, openclaw#9756).",
      "decision": "createLongConnection acknowledges within the deadline whatever the handler does (the event handler runs on; a slow card handler is answered `{}`).",
      "evidence": "node-sdk handleEventData awaits eventDispatcher.invoke before sendMessage; Go client_message.go writes after handler.Do."
    },
    {
      "id": "pingTimeoutOff",
      "where": "messageTypes.ping",
      "doc": "node-sdk detects a half-open socket only with wsConfig.pingTimeout, which is off by default; the others do not detect it at all, so a dead socket stalls silently.",
      "decision": "createLongConnection terminates a socket that answers nothing within pingTimeoutMs after a ping (on by default) and reconnects by the ClientConfig rules.",
      "evidence": "openclaw-lark PR"
    },
    {
      "id": "ackDeadline",
      "where": "ack.deadlineMs",
      "doc": "An old doc says 1 s, the current long-connection doc says 3 s, and one user measured redelivery after about 15 s.",
      "decision": "3 s; the mock redelivers after 3 s (configurable for tests) and createLongConnection acknowledges well within it.",
      "evidence": "docs server-side-sdk/python--sdk/handle-events (\"需要在 3 秒内处理完成\"); feishu-events reference §A6."
    }
  ]
};

/** Endpoint discovery (the operation getLongConnectionEndpoint). */
export const endpoint = {
  "operationId": "getLongConnectionEndpoint",
  "method": "POST",
  "path": "/callback/ws/endpoint",
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
      "meaning": "AppID or AppSecret is empty or missing, or the body is not the credentials object (not JSON, a field of the wrong type or too long)",
      "action": "send both the app id and the app secret as a JSON object",
      "invalidParameter": true
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
  ]
};
