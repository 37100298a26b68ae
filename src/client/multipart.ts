// multipart/form-data request bodies (the upload operations), streamed: each binary part is read
// from what the caller gave — a Blob, bytes, a Web ReadableStream or a Node stream (any async
// iterable of bytes) — and passed on chunk by chunk, never joined into a second copy. The form's
// limits come from the operation table (x-maxBytes, x-minBytes, x-formats on the binary part): a size
// known up front is checked before anything is sent; a stream's size and first bytes are checked as
// it flows, and breaking a limit ends the request with a FeishuContractError naming the part and rule.
// Web-standard: runs wherever fetch and ReadableStream do.
import type { MultipartPart, OperationInfo } from '../../generated/operations.js';
import { FeishuContractError } from '../errors.js';
import { imageFormatOf, SIGNATURE_BYTES } from '../image-formats.js';
import type { ValidationError } from '../validators/index.js';

/** What a binary part may be given as. A stream is read once: an upload is never retried. */
export type UploadData = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A streamed request body and, when every part's size is known, its length. */
export interface StreamedBody {
  stream: ReadableStream<Uint8Array>;
  length?: number;
  /** The error that ended the stream (a limit broken while it flowed), if any. */
  failure: () => Error | undefined;
}

type Binary = Extract<MultipartPart, { kind: 'binary' }>;
const encoder = new TextEncoder();
/** Slices of a byte array handed to the transport (views, not copies). */
const SLICE = 64 * 1024;

function isUploadData(value: unknown): value is UploadData {
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) ||
    (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
  );
}

/** The size of `data` when it is known without reading it. */
function knownSize(data: UploadData): number | undefined {
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return data.byteLength;
  if (typeof Blob !== 'undefined' && data instanceof Blob) return data.size;
  return undefined;
}

/** The first bytes of `data` when they are at hand without reading a stream. */
function knownHead(data: UploadData): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data.subarray(0, SIGNATURE_BYTES);
  if (data instanceof ArrayBuffer) return new Uint8Array(data, 0, Math.min(SIGNATURE_BYTES, data.byteLength));
  return undefined;
}

async function* chunksOf(data: UploadData): AsyncGenerator<Uint8Array> {
  if (data instanceof ArrayBuffer) data = new Uint8Array(data);
  if (data instanceof Uint8Array) {
    for (let at = 0; at < data.byteLength; at += SLICE) yield data.subarray(at, at + SLICE);
    return;
  }
  const stream = typeof Blob !== 'undefined' && data instanceof Blob ? (data.stream() as ReadableStream<Uint8Array>) : data;
  if (typeof ReadableStream !== 'undefined' && stream instanceof ReadableStream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  for await (const chunk of stream as AsyncIterable<Uint8Array>) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

const violation = (op: OperationInfo, part: string, keyword: string, message: string): FeishuContractError =>
  new FeishuContractError(op.schemas.body ?? `${op.operationId}.body`, [{ path: `/${part}`, keyword, message } as ValidationError]);

function sizeProblem(op: OperationInfo, part: Binary, size: number): FeishuContractError | undefined {
  if (part.maxBytes !== undefined && size > part.maxBytes) return violation(op, part.name, 'x-maxBytes', `${part.name} must be at most ${part.maxBytes} bytes (${size} given)`);
  if (part.minBytes !== undefined && size < part.minBytes) return violation(op, part.name, 'x-minBytes', `${part.name} must hold at least ${part.minBytes} byte(s) (${size} given)`);
  return undefined;
}

function formatProblem(op: OperationInfo, part: Binary, head: Uint8Array): FeishuContractError | undefined {
  if (!part.formats || head.byteLength === 0 || imageFormatOf(head, part.formats)) return undefined;
  return violation(op, part.name, 'x-formats', `${part.name} must be one of ${part.formats.join(', ')} (its first bytes are none of them)`);
}

/**
 * The form as its schema describes it, for the validators: text parts as given, each binary part as
 * a string standing for its bytes (their limits are checked here, not by the schema). Throws a
 * FeishuContractError for a binary part that is not bytes, or whose known size or first bytes break
 * a limit — before anything is sent.
 */
export function formForValidation(op: OperationInfo, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const binary = new Map((op.body?.parts ?? []).filter((p): p is Binary => p.kind === 'binary').map((p) => [p.name, p]));
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const part = binary.get(name);
    if (!part) {
      out[name] = value;
      continue;
    }
    if (!isUploadData(value)) throw violation(op, name, 'type', `${name} must be a Blob, a Uint8Array, an ArrayBuffer, a ReadableStream or a Node stream`);
    const size = knownSize(value);
    const head = knownHead(value);
    const problem = (size !== undefined ? sizeProblem(op, part, size) : undefined) ?? (head ? formatProblem(op, part, head) : undefined);
    if (problem) throw problem;
    out[name] = size === undefined ? '<stream>' : `<${size} bytes>`;
  }
  return out;
}

const quoted = (text: string) => text.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c));

/**
 * Encodes the form as a stream of multipart/form-data, in the schema's part order. Text parts are
 * serialized as text; binary parts stream from their source with their limits checked as they flow.
 */
export function encodeForm(op: OperationInfo, body: Record<string, unknown>, fileNames: Record<string, string> = {}): { contentType: string; body: StreamedBody } {
  const boundary = `----feishu-chat-contract-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const parts = (op.body?.parts ?? []).filter((p) => body[p.name] !== undefined);
  const heads = parts.map((p) => {
    const disposition = `form-data; name="${quoted(p.name)}"${p.kind === 'binary' ? `; filename="${quoted(fileNames[p.name] ?? p.name)}"` : ''}`;
    const type = p.kind === 'binary' ? '\r\ncontent-type: application/octet-stream' : '';
    return encoder.encode(`--${boundary}\r\ncontent-disposition: ${disposition}${type}\r\n\r\n`);
  });
  const texts = parts.map((p) => (p.kind === 'text' ? encoder.encode(String(body[p.name])) : undefined));
  const crlf = encoder.encode('\r\n');
  const closing = encoder.encode(`--${boundary}--\r\n`);
  const sizes = parts.map((p, i) => (p.kind === 'text' ? texts[i]!.byteLength : knownSize(body[p.name] as UploadData)));
  const length = sizes.every((s) => s !== undefined) ? heads.reduce((sum, h, i) => sum + h.byteLength + sizes[i]! + crlf.byteLength, closing.byteLength) : undefined;

  let failure: Error | undefined;
  async function* generate(): AsyncGenerator<Uint8Array> {
    for (const [i, part] of parts.entries()) {
      yield heads[i]!;
      if (part.kind === 'text') yield texts[i]!;
      else {
        let size = 0;
        let head: Uint8Array | undefined = new Uint8Array(0);
        for await (const chunk of chunksOf(body[part.name] as UploadData)) {
          size += chunk.byteLength;
          const tooLarge = part.maxBytes !== undefined && size > part.maxBytes ? sizeProblem(op, part, size) : undefined;
          if (tooLarge) throw (failure = tooLarge);
          if (head) {
            // The format is judged on the first bytes; a first chunk shorter than that waits for the next.
            head = concat(head, chunk.subarray(0, SIGNATURE_BYTES - head.byteLength));
            if (head.byteLength >= SIGNATURE_BYTES || head.byteLength === size) {
              const bad = formatProblem(op, part, head);
              if (bad && head.byteLength >= SIGNATURE_BYTES) throw (failure = bad);
              if (head.byteLength >= SIGNATURE_BYTES) head = undefined;
            }
          }
          yield chunk;
        }
        const small = sizeProblem(op, part, size) ?? (head ? formatProblem(op, part, head) : undefined);
        if (small) throw (failure = small);
      }
      yield crlf;
    }
    yield closing;
  }
  const iterator = generate();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: { stream, ...(length !== undefined && { length }), failure: () => failure } };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b.slice();
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a);
  out.set(b, a.byteLength);
  return out;
}
