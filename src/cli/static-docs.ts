// Serves the built docs site (site/) under /docs next to the mock API, for `npm start`.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The self-contained JSON Schemas (`generated/json-schema/`), two folders up from src/cli and dist/cli alike. */
const SCHEMA_DIR = fileURLToPath(new URL('../../generated/json-schema/', import.meta.url));
/** A schema id as the files are named: `listChats.query`, `card.v2`, `im.message.receive_v1`. */
const SCHEMA_PATH = /^\/schemas\/([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\.json$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Sent with every answer of the site: browsers must not guess a type other than the one given. */
const NOSNIFF = { 'x-content-type-options': 'nosniff' };
const TEXT = { 'content-type': 'text/plain; charset=utf-8', ...NOSNIFF };
/** The site is read-only: only these methods get a file. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * A handler for `/docs/…` that reads files under `dir` (and `/schemas/<schemaId>.json` from
 * generated/json-schema/), or undefined for other paths. Only GET and
 * HEAD are served (anything else: 405 with `Allow`); every answer says `X-Content-Type-Options: nosniff`.
 */
export function docsHandler(dir: string) {
  const base = path.resolve(dir);
  return async (request: Request): Promise<Response | undefined> => {
    const { pathname } = new URL(request.url);
    const ours = pathname === '/favicon.ico' || pathname === '/docs' || pathname.startsWith('/docs/') || pathname.startsWith('/schemas/');
    if (!ours) return undefined;
    if (!READ_METHODS.has(request.method)) return new Response('Method not allowed: the docs site is read-only (GET, HEAD)', { status: 405, headers: { allow: 'GET, HEAD', ...TEXT } });
    // Browsers ask every origin for /favicon.ico; the site ships one.
    if (pathname === '/favicon.ico') return serveFile(path.join(base, 'favicon.ico'));
    if (pathname.startsWith('/schemas/')) return schemaFilesHandler(request);
    if (pathname === '/docs') return new Response(null, { status: 301, headers: { location: '/docs/', ...NOSNIFF } });
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice('/docs/'.length));
    } catch {
      return new Response('Bad path', { status: 400, headers: TEXT });
    }
    const file = path.resolve(base, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    // Never serve anything outside the site folder (../ in the path).
    if (file !== base && !file.startsWith(base + path.sep)) return new Response('Not found', { status: 404, headers: TEXT });
    return serveFile(file);
  };
}

/**
 * `GET /schemas/<schemaId>.json` → generated/json-schema/<schemaId>.json, for Python/Go/Java users without
 * npm; undefined for other paths. The mock serves it with or without a built docs site.
 */
export async function schemaFilesHandler(request: Request): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/schemas/')) return undefined;
  if (!READ_METHODS.has(request.method)) return new Response('Method not allowed: schema files are read-only (GET, HEAD)', { status: 405, headers: { allow: 'GET, HEAD', ...TEXT } });
  const schema = SCHEMA_PATH.exec(pathname);
  return schema ? serveFile(path.join(SCHEMA_DIR, `${schema[1]}.json`)) : new Response('Not found: GET /schemas/<schemaId>.json', { status: 404, headers: TEXT });
}

async function serveFile(file: string): Promise<Response> {
  try {
    const body = await fs.readFile(file);
    return new Response(body, { headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...NOSNIFF } });
  } catch {
    return new Response('Not found', { status: 404, headers: TEXT });
  }
}
