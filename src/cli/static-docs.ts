// Serves the built docs site (site/) under /docs next to the mock API, for `npm start`.
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** A handler for `/docs/…` that reads files under `dir`, or undefined for other paths. */
export function docsHandler(dir: string) {
  const base = path.resolve(dir);
  return async (request: Request): Promise<Response | undefined> => {
    const { pathname } = new URL(request.url);
    // Browsers ask every origin for /favicon.ico; the site ships one.
    if (pathname === '/favicon.ico') return serveFile(path.join(base, 'favicon.ico'));
    if (pathname !== '/docs' && !pathname.startsWith('/docs/')) return undefined;
    if (pathname === '/docs') return new Response(null, { status: 301, headers: { location: '/docs/' } });
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice('/docs/'.length));
    } catch {
      return new Response('Bad path', { status: 400 });
    }
    const file = path.resolve(base, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    // Never serve anything outside the site folder (../ in the path).
    if (file !== base && !file.startsWith(base + path.sep)) return new Response('Not found', { status: 404 });
    return serveFile(file);
  };
}

async function serveFile(file: string): Promise<Response> {
  try {
    const body = await fs.readFile(file);
    return new Response(body, { headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' } });
  } catch {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}
