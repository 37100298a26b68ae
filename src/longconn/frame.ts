// The pbbp2.Frame codec, shared by createLongConnection and the mock: protobufjs (light build) over
// the descriptor generated from spec/longconn/pbbp2.proto, so no framing is written by hand.
import protobuf from 'protobufjs/light.js';
import { pbbp2, protocol, type HeaderName, type MessageType } from '../../generated/longconn.js';
import { FeishuError } from '../errors.js';

const FrameType = protobuf.Root.fromJSON(pbbp2 as protobuf.INamespace).lookupType('pbbp2.Frame');

/** One decoded frame. uint64 ids are decimal strings (they can exceed 2^53). */
export interface Frame {
  SeqID: string;
  LogID: string;
  service: number;
  /** {@link methods}: 0 control, 1 data. */
  method: number;
  headers: { key: string; value: string }[];
  payloadEncoding?: string;
  payloadType?: string;
  payload?: Uint8Array;
  LogIDNew?: string;
}

/** A frame's `method` numbers (spec/longconn/protocol.yaml). */
export const methods = protocol.methods;
/** The `type` header values. */
export const messageTypes = Object.keys(protocol.messageTypes) as MessageType[];

/** Bytes that are not a pbbp2.Frame (garbage, a missing required field). */
export class FrameDecodeError extends FeishuError {
  override name = 'FrameDecodeError';
}

/** Decodes one WebSocket message into a frame; throws {@link FrameDecodeError} for anything else. */
export function decodeFrame(bytes: Uint8Array): Frame {
  try {
    const message = FrameType.decode(bytes);
    const frame = FrameType.toObject(message, { longs: String }) as Frame;
    frame.headers ??= [];
    return frame;
  } catch (error) {
    throw new FrameDecodeError(`not a pbbp2.Frame (${bytes.byteLength} bytes): ${(error as Error).message}`, { cause: error });
  }
}

/** Encodes a frame into one WebSocket message. */
export function encodeFrame(frame: Frame): Uint8Array {
  return FrameType.encode(FrameType.fromObject(frame)).finish();
}

/** The value of a header, or undefined. */
export function headerOf(frame: Frame, name: HeaderName): string | undefined {
  return frame.headers.find((h) => h.key === name)?.value;
}

/** The frame with a header set (replaced if present). */
export function withHeader(frame: Frame, name: HeaderName, value: string): Frame {
  return { ...frame, headers: [...frame.headers.filter((h) => h.key !== name), { key: name, value }] };
}

/** The frame's `type` header if it is one the protocol defines. */
export function typeOf(frame: Frame): MessageType | undefined {
  const type = headerOf(frame, 'type');
  return type !== undefined && (messageTypes as string[]).includes(type) ? (type as MessageType) : undefined;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
/** A string from UTF-8 bytes; throws on invalid UTF-8. */
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

/** base64 of UTF-8 text (the ACK's `data`). */
export function toBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
/** UTF-8 text of base64. */
export function fromBase64(data: string): string {
  return Buffer.from(data, 'base64').toString('utf8');
}
