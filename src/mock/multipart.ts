// Reading a multipart/form-data upload as it streams in, with busboy: each part is checked against
// the operation's form (the table's `body.parts`) while it arrives, so an oversized binary part is
// refused the moment it passes its limit — the rest of the body is never read — and a malformed
// body is a problem to answer, never a crash.
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { MultipartPart } from '../../generated/operations.js';
import { SIGNATURE_BYTES } from '../image-formats.js';

/** A binary part as received: its chunks (not joined), size, and first bytes (for the format check). */
export interface ReceivedFile {
  chunks: Uint8Array[];
  size: number;
  head: Uint8Array;
  filename: string | undefined;
}

/** A form as received: text parts by name, binary parts by name. */
export interface ReceivedForm {
  fields: Record<string, string>;
  files: Record<string, ReceivedFile>;
}

/** Why a form was refused before it was read to the end (or at it). */
export type FormProblem =
  | { problem: 'tooLarge'; part: string; maxBytes: number }
  | { problem: 'malformed'; detail: string };

/** Limits on what is not the binary payload: text parts are short, parts are few. */
const MAX_FIELD_BYTES = 64 * 1024;
const MAX_EXTRA_PARTS = 8;

/**
 * Reads the form in `source` (a request body) against `parts`. Resolves when the form ends or as
 * soon as it is refused; on refusal `source` is unpiped and paused, so nothing more is read.
 * `onBytes` hears of every chunk of a binary part as it arrives.
 */
export function readMultipart(source: Readable, contentType: string | undefined, parts: readonly MultipartPart[], onBytes?: (bytes: number) => void): Promise<ReceivedForm | FormProblem> {
  return new Promise((resolve) => {
    let settled = false;
    let parser: busboy.Busboy;
    const finish = (result: ReceivedForm | FormProblem) => {
      if (settled) return;
      settled = true;
      if ('problem' in result) {
        source.unpipe(parser);
        source.pause();
        parser.removeAllListeners('file');
        // Not from inside the parser's own write (this may run in a part's 'data' handler): the
        // parser and its part streams then end with errors nobody needs — each is listened to.
        queueMicrotask(() => parser.destroy());
      }
      resolve(result);
    };
    const binary = new Map(parts.filter((p) => p.kind === 'binary').map((p) => [p.name, p]));
    try {
      parser = busboy({
        headers: { 'content-type': contentType ?? '' },
        limits: { fieldSize: MAX_FIELD_BYTES, fields: parts.length + MAX_EXTRA_PARTS, files: binary.size, parts: parts.length + MAX_EXTRA_PARTS, headerPairs: 16 },
      });
    } catch (error) {
      // No boundary, or not multipart at all.
      resolve({ problem: 'malformed', detail: `content-type is not multipart/form-data with a boundary (${(error as Error).message})` });
      return;
    }
    const form: ReceivedForm = { fields: {}, files: {} };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return finish({ problem: 'malformed', detail: `text part ${name} is longer than ${MAX_FIELD_BYTES} bytes` });
      if (name in form.fields || name in form.files) return finish({ problem: 'malformed', detail: `part ${name} appears twice` });
      form.fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      // A part cut off (the body refused or broken) errors its stream: that is answered, not thrown.
      stream.on('error', () => {});
      const part = binary.get(name);
      if (!part) {
        stream.resume();
        return finish({ problem: 'malformed', detail: `part ${name} is not a file part of this form (file parts: ${[...binary.keys()].join(', ')})` });
      }
      if (name in form.files || name in form.fields) {
        stream.resume();
        return finish({ problem: 'malformed', detail: `part ${name} appears twice` });
      }
      const file: ReceivedFile = { chunks: [], size: 0, head: new Uint8Array(0), filename: info.filename };
      form.files[name] = file;
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        file.size += chunk.length;
        onBytes?.(chunk.length);
        if (part.maxBytes !== undefined && file.size > part.maxBytes) {
          file.chunks.length = 0;
          return finish({ problem: 'tooLarge', part: name, maxBytes: part.maxBytes });
        }
        if (file.head.length < SIGNATURE_BYTES) file.head = Buffer.concat([file.head, chunk.subarray(0, SIGNATURE_BYTES - file.head.length)]);
        file.chunks.push(chunk);
      });
    });
    parser.on('partsLimit', () => finish({ problem: 'malformed', detail: 'too many parts' }));
    parser.on('filesLimit', () => finish({ problem: 'malformed', detail: 'too many file parts' }));
    parser.on('fieldsLimit', () => finish({ problem: 'malformed', detail: 'too many text parts' }));
    parser.on('error', (error: Error) => finish({ problem: 'malformed', detail: error.message }));
    parser.on('close', () => finish(form));
    source.on('error', (error: Error) => finish({ problem: 'malformed', detail: `the body broke off (${error.message})` }));
    source.on('aborted', () => finish({ problem: 'malformed', detail: 'the body broke off' }));
    source.pipe(parser);
  });
}
