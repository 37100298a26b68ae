// Long-connection contract → generated/longconn.js (+ .d.ts): the protocol as data, for the mock,
// createLongConnection (./longconn) and the docs.
//   spec/longconn/pbbp2.proto     → `pbbp2`: the protobufjs JSON descriptor (loaded at run time by
//                                   protobufjs/light, so no .proto parser ships)
//   spec/longconn/protocol.yaml   → `protocol`: methods, message types, header names, handshake errors,
//                                   the ACK rules, limits, ClientConfig defaults, errata
//   spec/ (getLongConnectionEndpoint) → `endpoint`: method, path, documented error codes
import fs from 'node:fs';
import path from 'node:path';
import { loadLongConnection } from './lib/longconn.js';
import { generatedDir, generatedHeader } from './lib/paths.js';

const { protocol, pbbp2, frameFields, endpoint } = loadLongConnection();
const operation = endpoint;

const header = generatedHeader('spec/longconn/pbbp2.proto, spec/longconn/protocol.yaml, spec/paths/callback_ws_endpoint.yaml by scripts/generate-longconn.js', 'npm run generate');
const str = (v) => JSON.stringify(v, null, 2);
fs.writeFileSync(
  path.join(generatedDir, 'longconn.js'),
  `${header}/** The pbbp2 package (Frame, Header) as a protobufjs JSON descriptor. */
export const pbbp2 = ${str(pbbp2)};

/** The long-connection protocol: methods, message types, headers, handshake errors, ACK, limits, ClientConfig, errata. */
export const protocol = ${str(protocol)};

/** Endpoint discovery (the operation ${operation.operationId}). */
export const endpoint = ${str(endpoint)};
`,
);

const keys = (o) => Object.keys(o).map((k) => JSON.stringify(k)).join(' | ');
fs.writeFileSync(
  path.join(generatedDir, 'longconn.d.ts'),
  `${header}import type { OperationErrorCode } from './operations.js';

/** The pbbp2 package (Frame, Header) as a protobufjs JSON descriptor (\`protobuf.Root.fromJSON(pbbp2)\`). */
export declare const pbbp2: { nested: Record<string, unknown> };

/** A frame's \`method\`. */
export type FrameMethodName = ${keys(protocol.methods)};
/** A frame's \`type\` header. */
export type MessageType = ${keys(protocol.messageTypes)};
/** A header name of the protocol. */
export type HeaderName = ${keys(protocol.headers)};

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

/** Endpoint discovery (the operation ${operation.operationId}). */
export declare const endpoint: { operationId: ${JSON.stringify(operation.operationId)}; method: ${JSON.stringify(operation.method)}; path: ${JSON.stringify(operation.path)}; errorCodes: readonly OperationErrorCode[] };
`,
);
console.log(`long connection → generated/longconn.js (pbbp2 ${frameFields.length} Frame fields, ${Object.keys(protocol.headers).length} headers, ${protocol.errata.length} errata)`);
