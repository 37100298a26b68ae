// The HTTP side of the mock: turns Node's requests into fetch Requests and back.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorCodes } from '../contract-facts.js';

/** The largest request body the mock reads (the token endpoint takes a few hundred bytes). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Serves a fetch-style handler over HTTP on 127.0.0.1 (port 0 = any free port). Bodies above
 * twice the mock's limit are not buffered; a handler that throws answers 400 with the error envelope.
 */
export async function serveFetchHandler(handle: (r: Request) => Promise<Response>, port: number) {
  // Headers (the request line included) up to 128 KB reach the handler, so that a long query gets
  // the error envelope; beyond that, and on unparsable requests, clientError answers with one.
  const server = http.createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES * 2) chunks.push(c);
    });
    req.on('error', () => res.destroy());
    req.on('end', async () => {
      try {
        const method = req.method ?? 'GET';
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const url = `http://127.0.0.1${req.url?.startsWith('/') ? req.url : '/'}`;
        const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks);
        const response = await handle(new Request(url, { method, headers, body }));
        const out = Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(out);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        const { code, msg } = errorCodes.invalidParameter;
        res.end(JSON.stringify({ code, msg }));
      }
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const { code, msg } = errorCodes.invalidParameter;
    const body = JSON.stringify({ code, msg: `${msg} (${tooLarge ? 'request line and headers above 128 KB' : 'malformed HTTP request'})` });
    socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
