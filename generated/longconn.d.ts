/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/longconn/pbbp2.proto, spec/longconn/protocol.yaml, spec/paths/callback_ws_endpoint.yaml by scripts/generate-longconn.js
 * Regenerate: npm run generate
 */
import type { OperationErrorCode } from './operations.js';

/** The pbbp2 package (Frame, Header) as a protobufjs JSON descriptor (`protobuf.Root.fromJSON(pbbp2)`). */
export declare const pbbp2: { nested: Record<string, unknown> };

/** A frame's `method`. */
export type FrameMethodName = "control" | "data";
/** A frame's `type` header. */
export type MessageType = "event" | "card" | "ping" | "pong";
/** A header name of the protocol. */
export type HeaderName = "type" | "message_id" | "sum" | "seq" | "trace_id" | "timestamp" | "instance_id" | "biz_rt";

/** One recorded disagreement of the sources, and what the contract decided. */
export interface LongConnectionErratum { id: string; where: string; doc: string; decision: string; evidence: string }

/** The long-connection protocol (spec/longconn/protocol.yaml). */
export declare const protocol: {
  title: string;
  description: string;
  endpoint: { operationId: string; description: string; urlQuery: Record<string, string> };
  frame: { proto: string; message: string; encoding: string };
  methods: { readonly [K in FrameMethodName]: number };
  messageTypes: { readonly [K in MessageType]: { method: FrameMethodName; from: 'client' | 'server'; description: string } };
  headers: { readonly [K in HeaderName]: { description: string; frames: string } };
  handshake: {
    description: string;
    headers: { status: string; message: string; authErrorCode: string };
    errors: readonly { name: string; status: number; authErrorCode?: number; retryable: boolean; meaning: string }[];
  };
  ack: { schema: 'longconn.ack'; description: string; deadlineMs: number; codes: { ok: number; handlerError: number }; cardEmptyAnswer: Record<string, never>; missingCardAnswerError: number };
  limits: { maxConnectionsPerApp: number; delivery: string; redelivery: string };
  clientConfig: { schema: 'longconn.client-config'; defaults: { PingInterval: number; ReconnectCount: number; ReconnectInterval: number; ReconnectNonce: number }; reconnect: string };
  partialMessages: { description: string; sdkExpiryMs: Record<string, number> };
  errata: readonly LongConnectionErratum[];
};

/** Endpoint discovery (the operation getLongConnectionEndpoint). */
export declare const endpoint: { operationId: "getLongConnectionEndpoint"; method: "POST"; path: "/callback/ws/endpoint"; errorCodes: readonly OperationErrorCode[] };
