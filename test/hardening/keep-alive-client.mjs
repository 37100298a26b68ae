// A raw node:http client over keep-alive connections, for the child-process load scripts:
// it sends any header as is and never throws (a dropped request resolves with status 0).
import http from 'node:http';

/** `request(method, path, headers, body)` → { status, headers, body } against `baseUrl`, and `close()`. */
export function keepAliveClient(baseUrl, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { port } = new URL(baseUrl);
  const request = (method, path, headers = {}, body) =>
    new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, error: e.message }));
      });
      req.on('error', (e) => resolve({ status: 0, error: e.message }));
      if (body) req.write(body);
      req.end();
    });
  return { request, close: () => agent.destroy() };
}
