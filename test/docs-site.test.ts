// The docs site as readers see it: built from the contract, served the way `npm start` serves it,
// opened in headless Chromium. Needs /usr/bin/chromium (Debian's package; .ci/run installs it).
// Every wait is for the thing asserted (an element, a text, an event), never for network idleness
// or a fixed time: Redoc renders long after the network goes quiet on a busy machine (issue 13.1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../scripts/build-docs.js';
import { docsHandler } from '../src/cli/static-docs.js';
import { serveFetchHandler } from '../src/mock/http.js';
import { createMockFeishu } from '../src/mock/index.js';
import { repoRoot } from './helpers/contract.js';
import { eventBodies, events } from '../generated/events.js';
import { operations } from '../generated/operations.js';

const CHROMIUM = '/usr/bin/chromium';
// A site of its own: `npm start` (test/start.test.ts) rebuilds site/ and may run at the same time.
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-docs-site-'));
const shots = path.join(repoRoot, 'test-output/screenshots');
const openapi = JSON.parse(fs.readFileSync(path.join(repoRoot, 'generated/openapi.json'), 'utf8'));
const APIS = ['chooseChat', 'getChatInfo', 'sendMessageCard'] as const;
const readSchema = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', file), 'utf8'));

let browser: Browser;
/** One browser context per JavaScript setting, shared by every test: a context costs half a second, a page's navigation a tenth. */
const contexts = new Map<boolean, BrowserContext>();
let server: { url: string; close: () => Promise<void> };
let buildMs = 0;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`The docs browser test needs ${CHROMIUM}: run \`sudo apt-get install -y chromium\` (Debian/Ubuntu), as .ci/run does.`);
  }
  buildMs = buildSite({ outDir: siteDir }).ms;
  const docs = docsHandler(siteDir);
  const mock = createMockFeishu();
  server = await serveFetchHandler(async (request) => (await docs(request)) ?? mock.fetch(request), 0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  for (const javaScript of [true, false]) contexts.set(javaScript, await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: javaScript }));
  fs.mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
});

/** What a page saw since its last navigation: console errors and the requests that would have left localhost. */
interface Seen { consoleErrors: string[]; outside: string[] }
/** A visit to one page of the site; `done()` hands the tab back for the next visit. */
interface Visit extends Seen { page: Page; response: Response | null; done: () => void }

const seen = new WeakMap<Page, Seen>();
/** Tabs free for the next visit, per JavaScript setting: a visit navigates a free tab (a fresh document) rather than opening one. */
const idle = new Map<boolean, Page[]>([[true, []], [false, []]]);

/** A tab that records console errors and every request that would leave localhost (and blocks it). */
async function tab(javaScript: boolean): Promise<Page> {
  const free = idle.get(javaScript)!.pop();
  if (free) return free;
  const page = await contexts.get(javaScript)!.newPage();
  const record: Seen = { consoleErrors: [], outside: [] };
  seen.set(page, record);
  page.on('console', (m) => m.type() === 'error' && seen.get(page)!.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => seen.get(page)!.consoleErrors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // A request still in flight when the tab navigates on (or the browser closes) rejects here: not a failure of the site.
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue().catch(() => undefined);
    seen.get(page)!.outside.push(url.href);
    return route.abort().catch(() => undefined);
  });
  return page;
}

/** Opens a page of the site in a tab of its own until `done()`; its record starts empty at this navigation. */
async function open(relative: string, { javaScript = true, width = 1280 } = {}): Promise<Visit> {
  const page = await tab(javaScript);
  const record: Seen = { consoleErrors: [], outside: [] };
  seen.set(page, record);
  if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(`${server.url}/docs/${relative}`, { waitUntil: 'load' });
  // The REST page is ready when Redoc has rendered its operations (it shows "Loading..." until then).
  if (relative.startsWith('rest') && javaScript) await page.locator('#redoc h1').first().waitFor({ timeout: 20_000 });
  let returned = false;
  const done = () => {
    if (!returned) idle.get(javaScript)!.push(page);
    returned = true;
  };
  return { page, response, ...record, done };
}

/**
 * The REST reference, loaded once per JavaScript setting and read by every test that only reads it
 * (Redoc takes seconds to render it on a busy machine). Tests that click or type in it use their own
 * visit (`interactiveRest`), so that no test reads a page another test changed.
 */
const restVisits = new Map<boolean, Promise<Visit>>();
function view(relative: string, { javaScript = true } = {}): Promise<Visit> {
  if (relative !== 'rest/index.html') return open(relative, { javaScript });
  if (!restVisits.has(javaScript)) restVisits.set(javaScript, open(relative, { javaScript }).then((visit) => ({ ...visit, done: () => undefined })));
  return restVisits.get(javaScript)!;
}
let interactive: Promise<Visit> | undefined;
/** The REST reference with JavaScript, for the tests that click "Show N more" and type in its search box. */
const interactiveRest = () => (interactive ??= open('rest/index.html').then((visit) => ({ ...visit, done: () => undefined })));

/** The text Redoc rendered (its root), apart from the static reference appended after it. */
const redocText = (page: Page) => page.locator('#redoc').innerText();

// The events section: its overview and a page per row of the event table (generated/events.js).
const EVENT_PAGES = ['events/index.html', ...[...Object.keys(events), ...Object.keys(eventBodies)].map((name) => `events/${name}.html`)];
const PAGES = ['index.html', 'rest/index.html', 'jsapi/index.html', ...APIS.map((a) => `jsapi/${a}.html`), ...EVENT_PAGES];
/** How many x-erratum a schema file records (its own decisions, which its page must show). */
const errataIn = (node: unknown): number =>
  !node || typeof node !== 'object' ? 0 : Object.entries(node).reduce((n, [k, v]) => n + (k === 'x-erratum' ? 1 : k === 'examples' ? 0 : errataIn(v)), 0);

describe('docs site in headless Chromium', () => {
  it('builds from the contract in well under a minute', () => {
    expect(buildMs).toBeGreaterThan(0);
    expect(buildMs).toBeLessThan(60_000);
  });

  it.each(PAGES)('%s loads with no console error and no request leaving localhost', async (relative) => {
    const { page, response, consoleErrors, outside, done } = await view(relative);
    expect(response?.status()).toBe(200);
    expect(consoleErrors).toEqual([]);
    expect(outside).toEqual([]);
    // Evidence of what a reader first sees (the first screen): a whole-page capture costs seconds per page.
    await page.screenshot({ path: path.join(shots, `${relative.replace(/\//g, '_').replace(/\.html$/, '')}.png`) });
    done();
  }, 30_000);

  it('the REST reference shows every operation of the spec', async () => {
    const { page } = await interactiveRest();
    // Redoc shows each operation as its method and path (the summary is in its collapsed menu).
    // Poll the rendered text until every operation is in it (bounded), never a fixed wait.
    const wanted = (Object.entries(openapi.paths) as [string, Record<string, { operationId?: string }>][]).flatMap(([route, item]) =>
      Object.entries(item).filter(([, op]) => op?.operationId).map(([method]) => `${method}${route}`.toLowerCase()),
    );
    expect(wanted.length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(async () => {
        // Redoc 3 lists at most 8 operations per tag overview behind "Show N more…": open each one shown.
        for (const more of await page.getByText(/^Show \d+ more/).all()) await more.click().catch(() => undefined);
        const text = (await redocText(page)).replace(/\s+/g, '').toLowerCase();
        return wanted.filter((w) => !text.includes(w));
      }, { timeout: 20_000, interval: 100 })
      .toEqual([]);
  }, 30_000);

  it.each([true, false])('find-in-page reaches field names, enum values and error codes without a click (JavaScript %s; issue 13.8)', async (javaScript) => {
    const { page } = await view('rest/index.html', { javaScript });
    const text = await page.locator('body').innerText();
    for (const word of ['chat_status', 'ByActiveTimeDesc', '232025', 'data.items[].chat_status', '99991400']) expect(text, word).toContain(word);
    // Visible, not merely present: innerText leaves out what is hidden, and the section is on screen when scrolled to.
    await page.locator('#full-reference').getByText('ByActiveTimeDesc').first().scrollIntoViewIfNeeded();
    expect(await page.locator('#full-reference').getByText('ByActiveTimeDesc').first().isVisible()).toBe(true);
  }, 30_000);

  it.each([true, false])('the menu links work in a new tab and without JavaScript: no root-relative route (JavaScript %s; issue 13.8)', async (javaScript) => {
    const { page } = await view('rest/index.html', { javaScript });
    const links = await page.locator('[data-component-name="Menu/MenuItem"] a').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', (a as HTMLAnchorElement).href] as const));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const [attribute = '', absolute = ''] of links) {
      expect(attribute, 'a root-relative link 404s outside the single-page app').not.toMatch(/^\//);
      const url = new URL(absolute);
      // Opened in a new tab: the document it names exists…
      expect((await fetch(new URL(url.pathname, server.url))).status, absolute).toBe(200);
      // …and an in-page target exists on it (hash routes like #/chats are Redoc's own, handled by its script).
      if (url.hash && !url.hash.startsWith('#/')) expect(await page.locator(url.hash).count(), absolute).toBe(1);
    }
  }, 30_000);

  it('serves /favicon.ico and every page links the site\'s icon (issue 13.8)', async () => {
    for (const route of ['/favicon.ico', '/docs/favicon.ico']) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type'), route).toBe('image/x-icon');
      expect([...new Uint8Array(await response.arrayBuffer()).slice(0, 4)], route).toEqual([0, 0, 1, 0]); // ICO magic
    }
    for (const relative of PAGES) {
      const { page, done } = await view(relative, { javaScript: false });
      const icon = await page.locator('link[rel="icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect(icon.length, relative).toBe(1);
      expect((await fetch(icon[0]!)).status, relative).toBe(200);
      done();
    }
  }, 120_000); // one page load per page of the site (26 with the events section) on a busy machine

  it('the REST search box finds chat_status', async () => {
    const { page } = await interactiveRest();
    await page.locator('[data-component-name="icons/SearchIcon/SearchIcon"]').first().click();
    await page.locator('input[placeholder^="Search"]').fill('chat_status');
    const hits = page.locator('[data-component-name="Search/SearchItem"]', { hasText: 'chat_status' });
    await hits.first().waitFor({ timeout: 10_000 });
    expect(await hits.count()).toBeGreaterThanOrEqual(2); // list and search both answer it
    await page.screenshot({ path: path.join(shots, 'rest_search_chat_status.png') });
  }, 30_000);

  it.each(APIS)('the JSAPI page of %s lists every field of its input, success and fail schemas', async (api) => {
    const { page, done } = await view(`jsapi/${api}.html`);
    for (const kind of ['input', 'success', 'fail']) {
      const schema = readSchema(`jsapi/${api}.${kind}.json`);
      for (const field of Object.keys(schema.properties ?? {})) {
        expect(await page.locator(`tr[id="${field}"]`).count(), `${api}.${kind} ${field}`).toBeGreaterThan(0);
      }
    }
    const text = await page.locator('body').innerText();
    expect(text).toContain('Client support');
    if (api === 'sendMessageCard') {
      for (const code of ['-1', '-2', '-3', '-4', '-8', '42406']) expect(text).toContain(code);
      expect(text).toContain('20480 bytes');
    }
    done();
  }, 30_000);

  it.each(Object.entries(events))('the events page of %s shows its summary, scopes, dedup keys, every envelope field and its errata (issue 23)', async (type, row) => {
    const { page, done } = await view(`events/${type}.html`, { javaScript: false });
    const text = await page.locator('main').innerText();
    expect(text).toContain(row.summary);
    expect(text).toContain(row.schemaId);
    for (const scope of row.scopes) expect(text, scope).toContain(scope);
    for (const key of row.dedupKeys) expect(text, key).toContain(key);
    for (const field of ['schema', 'header', 'header.event_id', 'header.event_type', 'header.create_time', 'header.token', 'header.app_id', 'header.tenant_key', 'event']) {
      expect(await page.locator(`tr[id="${field}"]`).count(), `${type} ${field}`).toBe(1);
    }
    const schema = readSchema(`events/${type}.json`);
    for (const field of Object.keys(schema.properties.event.properties ?? {})) expect(await page.locator(`tr[id="event.${field}"]`).count(), `${type} event.${field}`).toBe(1);
    expect(await page.locator('.erratum').count()).toBeGreaterThanOrEqual(errataIn(schema));
    expect(await page.locator('#example ~ pre').count()).toBeGreaterThan(0);
    done();
  }, 30_000);

  it('the receive_v1 page shows the received content of every message_type, and the reaction pages the operator_type erratum', async () => {
    const { page, done } = await view('events/im.message.receive_v1.html', { javaScript: false });
    const message = readSchema('events/common/ReceivedMessage.json');
    for (const type of message.properties.message_type.enum) expect(await page.getByText(type, { exact: true }).count(), type).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain('@_user_1');
    done();
    const reaction = await view('events/im.message.reaction.created_v1.html', { javaScript: false });
    expect((await reaction.page.locator('.erratum').allInnerTexts()).join('\n')).toContain('app/user');
    reaction.done();
  }, 30_000);

  it('the events overview lists every event and body of the table, each linked to a page that exists', async () => {
    const { page, done } = await view('events/index.html');
    for (const [name, row] of [...Object.entries(events), ...Object.entries(eventBodies)]) {
      const link = page.locator(`tr[id="${name}"] a`);
      expect(await link.count(), name).toBe(1);
      expect((await fetch(await link.evaluate((a) => (a as HTMLAnchorElement).href))).status, name).toBe(200);
      expect(await page.locator(`tr[id="${name}"]`).innerText()).toContain(row.schemaId);
    }
    // Every page of ours links the section from its header.
    const landing = await view('index.html', { javaScript: false });
    expect(await landing.page.locator('header.top a[href$="events/index.html"]').count()).toBe(1);
    done();
    landing.done();
  }, 30_000);

  it('the landing page links to both references and lists the errata and what is not covered', async () => {
    const { page, done } = await view('index.html');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const local = hrefs.filter((h) => h.startsWith(server.url));
    expect(local.some((h) => h.endsWith('/docs/rest/index.html'))).toBe(true);
    expect(local.some((h) => h.endsWith('/docs/jsapi/index.html'))).toBe(true);
    for (const href of local) expect((await fetch(href)).status, href).toBe(200);
    expect(await page.locator('#errata ~ table tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#not-covered').count()).toBe(1);
    done();
  }, 30_000);
});

describe('docs site: per-operation access and error codes, nav, width (issue 22.5)', () => {
  it('the REST reference shows, for every operation of the operation table, each error code (HTTP, retryable), token type, scope and rate limit', async () => {
    const { page } = await view('rest/index.html', { javaScript: false });
    const entries = Object.values(operations);
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const article = page.locator(`article[id="op-${entry.operationId}"]`);
      expect(await article.count(), entry.operationId).toBe(1);
      const rows = await article.locator('table.fcc-error-codes tr[data-code]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));
      expect(rows.map((r) => Number(r[0])).sort(), entry.operationId).toEqual(entry.errorCodes.map((c) => c.code).sort());
      for (const code of entry.errorCodes) {
        const row = rows.find((r) => Number(r[0]) === code.code)!;
        expect([row[1], row[4]], `${entry.operationId} ${code.code}`).toEqual([String(code.httpStatus), code.retryable ? 'yes' : 'no']);
      }
      const tokenTypes = await article.locator('.fcc-token-types').innerText();
      for (const type of entry.tokenTypes) expect(tokenTypes, entry.operationId).toContain(type);
      const scopes = await article.locator('.fcc-scopes').innerText();
      for (const scope of [...entry.scopes.anyOf, ...entry.scopes.fields.map((f) => f.scope)]) expect(scopes, entry.operationId).toContain(scope);
      const rate = await article.locator('.fcc-rate-limit').innerText();
      const limit = (entry as { rateLimit?: { perMinute?: number; perSecond?: number; note?: string } }).rateLimit;
      if (!limit) expect(rate).toBe('not documented');
      else if (limit.perMinute !== undefined) expect(rate).toContain(`${limit.perMinute} per minute, ${limit.perSecond} per second`);
      else expect(rate).toContain(limit.note!.slice(0, 40));
      // Operation-specific limits (per recipient, per message) are shown too.
      for (const [key, value] of Object.entries(limit ?? {})) if (typeof value === 'number') expect(rate, entry.operationId).toContain(key === 'perMinute' || key === 'perSecond' ? String(value) : `${key}: ${value}`);
    }
    // The token endpoint takes no access token: none of the chat APIs' codes (232xxx, 9999166x token errors) is its own.
    const tokenCodes = await page.locator('article[id="op-getTenantAccessToken"] table.fcc-error-codes tr[data-code]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-code'))));
    expect(tokenCodes).toContain(10014);
    expect(tokenCodes.filter((c) => String(c).startsWith('232') || (c >= 99991661 && c <= 99991679))).toEqual([]);
  }, 60_000);

  it('the header nav of every page of ours links both card pages, and the links resolve', async () => {
    for (const relative of ['index.html', 'jsapi/index.html', 'events/index.html', 'card/v1.html']) {
      const { page, done } = await view(relative, { javaScript: false });
      const hrefs = await page.locator('header.top a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const card of ['/docs/card/v1.html', '/docs/card/v2.html']) {
        const href = hrefs.find((h) => h.endsWith(card));
        expect(href, `${relative} links ${card}`).toBeDefined();
        expect((await fetch(href!)).status).toBe(200);
      }
      done();
    }
  }, 60_000);

  it('at a 1366 px wide screen no table is wider than the page, on every page', async () => {
    for (const relative of [...PAGES, 'card/v1.html', 'card/v2.html']) {
      // The REST reference: its shared visit (a tab read-only for the tests before) widened to 1366 px; a fresh visit for the others.
      const { page, done } = relative === 'rest/index.html' ? await view(relative) : await open(relative, { width: 1366 });
      if (page.viewportSize()?.width !== 1366) await page.setViewportSize({ width: 1366, height: 900 });
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > width + 1 || t.scrollWidth > t.clientWidth + 1).map((t) => `${t.getBoundingClientRect().right.toFixed(0)}px: ${(t.textContent ?? '').slice(0, 60)}`);
      });
      expect(wide, relative).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${relative} scrolls sideways`).toBe(true);
      done();
    }
  }, 180_000);
});

describe('docs site follows the contract', () => {
  it('a field added to a schema appears on both references after a rebuild, with no other edit', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-site-'));
    const schemas: Record<string, any> = {};
    // Every schema file, found rather than listed, so a folder added later (events/, longconn/) is in the copy too.
    const files = fs.readdirSync(path.join(repoRoot, 'schemas'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.json'));
    for (const f of files) schemas[f.split(path.sep).join('/')] = readSchema(f);
    schemas['jsapi/chooseChat.input.json'].properties.zzAddedField = { type: 'string', maxLength: 7, description: 'A field added by the test (测试字段).' };
    const spec = structuredClone(openapi);
    spec.components.schemas.ListChat.properties.zz_added_field = { type: 'string', description: 'A field added by the test.' };
    const specFile = path.join(out, 'openapi.json');
    fs.writeFileSync(specFile, JSON.stringify(spec));
    try {
      buildSite({ outDir: path.join(out, 'site'), openapiFile: specFile, schemas });
      const jsapi = fs.readFileSync(path.join(out, 'site/jsapi/chooseChat.html'), 'utf8');
      expect(jsapi).toMatch(/<tr id="zzAddedField">[\s\S]*?max length 7[\s\S]*?测试字段/);
      expect(fs.readFileSync(path.join(out, 'site/rest/index.html'), 'utf8')).toContain('zz_added_field');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
