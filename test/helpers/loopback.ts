// A loopback HTTP server whose answers each test scripts: for the failures a real mock won't produce.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

export async function scriptedServer(handler: Handler) {
  let hits = 0;
  const requests: { url: string; authorization?: string }[] = [];
  const server = http.createServer((req, res) => {
    hits += 1;
    requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    handler(req, res, hits);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    get hits() {
      return hits;
    },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'x-tt-logid': 'LOGID-TEST', ...headers });
  res.end(JSON.stringify(body));
}

export const page = (items: object[], has_more: boolean, page_token?: string) => ({ code: 0, msg: 'success', data: { items, has_more, ...(page_token === undefined ? {} : { page_token }) } });

/** A `scriptedServer` factory for a test file: every server it starts is closed after each test. */
export function serversClosedAfterEach() {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });
  return async (handler: Handler) => {
    const s = await scriptedServer(handler);
    closers.push(s.close);
    return s;
  };
}
