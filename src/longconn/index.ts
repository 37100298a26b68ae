/**
 * The long connection (长连接) for Node: `createLongConnection` dials Feishu, receives events and card
 * callbacks as pbbp2 frames, dispatches them through the same handler as the HTTP receiver
 * (`createEventHandler` from `feishu-chat-contract/events`) and acknowledges each within the deadline.
 * A separate entry because it needs Node (the `ws` package): `./events` stays Web-standard.
 * The protocol as data (frame descriptor, headers, types, ACK rules, errata) is `protocol`.
 * @packageDocumentation
 */
export {
  createLongConnection,
  FeishuLongConnectionError,
  type LongConnection,
  type LongConnectionEvents,
  type LongConnectionHandler,
  type LongConnectionLogger,
  type LongConnectionOptions,
  type LongConnectionState,
} from './client.js';
export { decodeFrame, encodeFrame, FrameDecodeError, type Frame } from './frame.js';
export type { PartCacheLimits } from './parts.js';
export { endpoint, pbbp2, protocol, type HeaderName, type LongConnectionErratum, type MessageType } from '../../generated/longconn.js';
export type { LongConnectionAck, LongConnectionClientConfig } from '../../generated/longconn-schemas.js';
