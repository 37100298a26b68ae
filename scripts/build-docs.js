// `npm run docs`: the static docs site in site/, from the contract alone — the REST reference by
// Redocly (Redoc, self-contained: no CDN, no web fonts), the JSAPI reference and the landing page
// rendered from schemas/, plus the raw contract files for download. Works offline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSAPIS, jsonSchemaFiles, readJson } from './lib/contract.js';
import { favicon, STYLE } from './lib/docs/html.js';
import { renderCardPage } from './lib/docs/card.js';
import { eventFiles, renderEventPage, renderEventsIndex } from './lib/docs/events.js';
import { renderApiPage, renderJsapiIndex } from './lib/docs/jsapi.js';
import { renderLanding } from './lib/docs/landing.js';
import { renderGuidePage, renderProtocolPage } from './lib/docs/longconn.js';
import { loadLongConnection } from './lib/longconn.js';
import { renderEventsGuide } from './lib/docs/events-guide.js';
import { addStaticReference } from './lib/docs/rest.js';
import { bundledSpec, root } from './lib/paths.js';

/**
 * Redoc's page is self-contained with --inlineBundle except for its "API docs by Redocly" logo,
 * which it loads from cdn.redoc.ly (no option turns that off). The logo is pointed at a local
 * copy of the attribution instead, and the build fails if any other remote asset appears.
 */
function keepOffline(file, outDir) {
  let html = fs.readFileSync(file, 'utf8');
  html = html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/(logo-mini(?:-full)?\.svg)/g, '../assets/redocly-$1');
  const remote = html.match(/(?:src|href)\s*[=:]\s*(?:[\w$.]+\s*\?\s*)?["'`]https?:\/\/(?!localhost|127\.0\.0\.1)[^"'`]+\.(?:js|css|woff2?|ttf|svg|png)["'`]|@import\s+url\(["']?https?:/g);
  if (remote) throw new Error(`docs: the REST page would load remote assets: ${remote.slice(0, 3).join(', ')}`);
  fs.writeFileSync(file, html);
  const logo = (width) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20"><text x="0" y="15" font-family="system-ui, sans-serif" font-size="14" font-weight="600" fill="#4e5058">Redocly</text></svg>\n`;
  fs.writeFileSync(path.join(outDir, 'assets/redocly-logo-mini-full.svg'), logo(64));
  fs.writeFileSync(path.join(outDir, 'assets/redocly-logo-mini.svg'), logo(64));
}

/**
 * Builds the site into `outDir`. The inputs default to the repository's contract; tests pass a
 * changed copy to prove that a new field reaches the site with no other edit.
 */
export function buildSite({ outDir = path.join(root, 'site'), openapiFile = bundledSpec, schemas = Object.fromEntries(jsonSchemaFiles()) } = {}) {
  const started = Date.now();
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['assets', 'rest', 'jsapi', 'card', 'longconn', 'schemas', 'events']) fs.mkdirSync(path.join(outDir, dir), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'assets/style.css'), STYLE.trimStart());

  const openapi = readJson(openapiFile);
  const redocly = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'build-docs', openapiFile, '-o', path.join(outDir, 'rest/index.html'), '--inlineBundle', '--title', `${openapi.info.title} — REST reference`],
    { encoding: 'utf8', cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  if (redocly.status !== 0) throw new Error(`redocly build-docs failed:\n${redocly.stdout}\n${redocly.stderr}`);
  keepOffline(path.join(outDir, 'rest/index.html'), outDir);
  const restPage = path.join(outDir, 'rest/index.html');
  // The icon link first in <head> (the page's first <head>: its scripts come later).
  const withIcon = fs.readFileSync(restPage, 'utf8').replace('<head>', '<head>\n  <link rel="icon" href="../favicon.ico">');
  fs.writeFileSync(restPage, addStaticReference(withIcon, openapi));
  fs.writeFileSync(path.join(outDir, 'favicon.ico'), favicon());

  fs.copyFileSync(openapiFile, path.join(outDir, 'openapi.json'));
  for (const [file, schema] of Object.entries(schemas)) {
    fs.mkdirSync(path.join(outDir, 'schemas', path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, 'schemas', file), `${JSON.stringify(schema, null, 2)}\n`);
  }
  fs.writeFileSync(path.join(outDir, 'jsapi/index.html'), renderJsapiIndex(JSAPIS, schemas));
  for (const api of JSAPIS) fs.writeFileSync(path.join(outDir, `jsapi/${api}.html`), renderApiPage(api, schemas));
  for (const version of [1, 2]) fs.writeFileSync(path.join(outDir, `card/v${version}.html`), renderCardPage(version, schemas));
  const longconn = loadLongConnection({ openapi });
  fs.writeFileSync(path.join(outDir, 'longconn/protocol.html'), renderProtocolPage({ longconn, schemas }));
  fs.writeFileSync(path.join(outDir, 'longconn/guide.html'), renderGuidePage({ longconn }));
  // Events and callbacks: an overview and a page per schemas/events/ file (none when a test passes no event schemas).
  const eventPages = eventFiles(schemas).map((entry) => {
    fs.writeFileSync(path.join(outDir, `events/${entry.name}.html`), renderEventPage(entry, schemas));
    return `events/${entry.name}.html`;
  });
  if (eventPages.length) fs.writeFileSync(path.join(outDir, 'events/index.html'), renderEventsIndex(schemas));
  fs.writeFileSync(path.join(outDir, 'events/guide.html'), renderEventsGuide());

  const pkg = readJson(path.join(root, 'package.json'));
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const landing = renderLanding({ pkg, openapi, schemas, readme, apis: JSAPIS, longconnErrata: longconn.protocol.errata });
  fs.writeFileSync(path.join(outDir, 'index.html'), landing.html);
  return { outDir, ms: Date.now() - started, pages: ['index.html', 'rest/index.html', 'jsapi/index.html', ...JSAPIS.map((a) => `jsapi/${a}.html`), 'card/v1.html', 'card/v2.html', 'longconn/protocol.html', 'longconn/guide.html', 'events/guide.html', ...(eventPages.length ? ['events/index.html', ...eventPages] : [])], errata: landing.errata.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { outDir, ms, pages, errata } = buildSite();
  console.log(`docs → ${path.relative(root, outDir)}/ (${pages.length} pages, ${errata} errata) in ${ms} ms`);
}
