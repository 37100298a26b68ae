// The lean transport for Node (issue 17): one attempt on node:http(s) with a keep-alive agent, no
// fetch objects (Request, Response, signals, web streams) per call. It keeps every guarantee of the
// fetch transport: the caller's Bound ends it (a destroyed request, whatever GC does: node:http's
// request is held by its socket and by the bound's own closures, with no weak link to lose), bodies
// are capped on DECODED bytes, redirects are reported as they are, never followed.
//
// Node's built-ins are reached through process.getBuiltinModule (Node >= 20.16), never a static
// import: a browser or edge bundle of the package root holds no `node:` import, and importing the
// root loads nothing of node:http until the first request.
import type * as Http from 'node:http';
import type * as Zlib from 'node:zlib';
import { tooLargeError } from './capped-body.js';
import { FeishuUnexpectedResponseError } from './errors.js';
import type { Answer, AnswerHeaders, Outgoing, Transport } from './transport.js';

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
  versions?: { node?: string };
}

const builtin = <T>(id: string): T => ((globalThis as { process: Required<NodeProcess> }).process.getBuiltinModule(id) as T);

/**
 * What the transport asks for. The same codings Node's fetch asks for and decodes; each is decoded
 * by a zlib stream and capped on its decoded size, so a compression bomb stops at the cap.
 */
const ACCEPT_ENCODING = 'gzip, deflate, br';

function decoderFor(encoding: string): Zlib.Gunzip | Zlib.Inflate | Zlib.BrotliDecompress | undefined {
  const zlib = builtin<typeof Zlib>('node:zlib');
  // Lenient flushes, as fetch does: a body cut right at its end still decodes what arrived.
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  if (encoding === 'deflate') return zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  if (encoding === 'br') return zlib.createBrotliDecompress();
  return undefined;
}

/** Node's raw header list read as fetch's `Headers` reads; a real `Headers` is built only on demand. */
class RawHeaders implements AnswerHeaders {
  #headers: Headers | undefined;
  constructor(private readonly raw: string[]) {}

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    let value: string | null = null;
    for (let i = 0; i < this.raw.length; i += 2) {
      const field = this.raw[i]!;
      if (field.length === wanted.length && field.toLowerCase() === wanted) value = value === null ? this.raw[i + 1]! : `${value}, ${this.raw[i + 1]!}`;
    }
    return value;
  }

  toHeaders(): Headers {
    if (this.#headers) return this.#headers;
    const headers = new Headers();
    for (let i = 0; i < this.raw.length; i += 2) {
      try {
        headers.append(this.raw[i]!, this.raw[i + 1]!);
      } catch {
        // A name or value Headers refuses is left out, as undici does (node's parser already refused CR/LF and NUL).
      }
    }
    return (this.#headers = headers);
  }
}

/**
 * Writes a streamed body into the request as it is read, waiting for the socket to drain (so at most
 * one chunk is held beyond what the socket buffers). Stops when the answer has come (a server may
 * refuse an upload before its end) and cancels the source; a source error ends the request.
 */
async function pump(stream: ReadableStream<Uint8Array>, req: Http.ClientRequest, answered: () => boolean, fail: (error: unknown) => void): Promise<void> {
  const reader = stream.getReader();
  try {
    for (;;) {
      if (answered() || req.destroyed) return void (await reader.cancel().catch(() => undefined));
      const { done, value } = await reader.read();
      if (done) return void req.end();
      if (answered() || req.destroyed) return void (await reader.cancel().catch(() => undefined));
      if (!req.write(value)) await new Promise<void>((resolve) => {
        const go = () => {
          req.off('drain', go);
          req.off('close', go);
          resolve();
        };
        req.on('drain', go);
        req.on('close', go);
      });
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    fail(error);
  }
}

/**
 * Methods whose request may be sent again on a fresh connection when a kept-alive one turns out to
 * be closed (the server dropped it while idle, before anything was answered) — as Node documents
 * for `request.reusedSocket`. Never a POST: its effect may not be repeatable.
 */
const RESENDABLE = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * The transport on node:http and node:https. One keep-alive agent per protocol per transport (so per
 * client); its idle sockets are unref'd by Node's agent, so they never keep a process alive, and the
 * server's `Keep-Alive: timeout` is honoured. It ignores HTTP(S)_PROXY, as Node 20's fetch does: to
 * go through a proxy, give the client a fetch that uses one (`options.fetch`).
 */
export function nodeTransport(maxResponseBytes: number): Transport {
  const http = builtin<typeof Http>('node:http');
  // node:https (and with it node:tls) is loaded only for an https URL.
  let https: typeof import('node:https') | undefined;
  let httpAgent: Http.Agent | undefined;
  let httpsAgent: Http.Agent | undefined;

  const attempt = (outgoing: Outgoing, bound: Parameters<Transport>[1], resendOnStale: boolean): Promise<Answer> =>
    new Promise<Answer>((resolve, reject) => {
      const url = new URL(outgoing.url);
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:') throw new TypeError(`unsupported protocol ${url.protocol}`);
      if (secure) https ??= builtin<typeof import('node:https')>('node:https');
      const agent = secure ? (httpsAgent ??= new https!.Agent({ keepAlive: true })) : (httpAgent ??= new http.Agent({ keepAlive: true }));
      const headers: Record<string, string> = { 'accept-encoding': ACCEPT_ENCODING, ...outgoing.headers };
      const streamed = typeof outgoing.body === 'object' ? outgoing.body : undefined;
      if (typeof outgoing.body === 'string') headers['content-length'] = String(Buffer.byteLength(outgoing.body));
      else if (streamed?.length !== undefined) headers['content-length'] = String(streamed.length);
      let settled = false;
      let responded = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        req.destroy();
        reject(error);
      };
      const req = (secure ? https! : http).request(url, { method: outgoing.method, headers, agent });
      // The bound's timer and the caller's abort end the attempt by destroying the request (and its socket).
      bound.onEnd((reason) => fail(reason));
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (!settled && !responded && resendOnStale && req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
          settled = true;
          resolve(attempt(outgoing, bound, false));
          return;
        }
        fail(error);
      });
      req.on('response', (res) => {
        responded = true;
        const status = res.statusCode ?? 0;
        const contentType = res.headers['content-type'];
        const tooLarge = (what: string) => fail(tooLargeError(status, contentType, what, maxResponseBytes));
        const declared = Number(res.headers['content-length']);
        if (declared > maxResponseBytes) return tooLarge(`body of ${declared} bytes`);
        const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
        let source: NodeJS.ReadableStream = res;
        if (encoding !== '' && encoding !== 'identity') {
          const decoder = decoderFor(encoding);
          if (!decoder) return fail(new FeishuUnexpectedResponseError(status, contentType, `(content-encoding ${JSON.stringify(encoding.slice(0, 40))}, which the client did not ask for)`));
          bound.onEnd(() => decoder.destroy());
          decoder.on('error', (error) => fail(new FeishuUnexpectedResponseError(status, contentType, `(a ${encoding} body that does not decode: ${error.message})`)));
          res.pipe(decoder);
          source = decoder;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        source.on('data', (chunk: Buffer) => {
          if (settled) return;
          size += chunk.length;
          // Decoded bytes: a bomb is stopped here, one zlib chunk past the cap at most.
          if (size > maxResponseBytes) {
            chunks.length = 0;
            if (source !== res) (source as Zlib.Gunzip).destroy();
            return tooLarge('body');
          }
          chunks.push(chunk);
        });
        source.on('end', () => {
          if (settled) return;
          settled = true;
          resolve({ status, headers: new RawHeaders(res.rawHeaders), body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
          // An upload the server answered before its end is not sent further.
          if (streamed && !req.writableFinished) req.destroy();
        });
        res.on('error', fail);
        // A connection closed before the body ended, whether or not node reported it as an error.
        res.on('close', () => {
          if (!res.complete) fail(new Error('the connection closed before the answer ended'));
        });
      });
      if (streamed) pump(streamed.stream, req, () => settled || responded, fail);
      else req.end(outgoing.body);
    });

  return (outgoing, bound) => attempt(outgoing, bound, RESENDABLE.has(outgoing.method));
}
