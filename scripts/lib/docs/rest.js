// The REST reference as static, fully expanded HTML, appended to Redoc's page.
//
// Why: Redoc pre-renders only its menu; operations render in the browser, collapsed behind
// "+ Show", so find-in-page (and a reader without JavaScript) cannot reach field names, enum values
// or error codes. This section lists every operation with every parameter, every response field
// (nested ones by their dotted path), their enums and limits, and each status's documented error
// codes, token types, scopes and rate limit (from the operation table) — all from the bundled spec, nothing typed by hand. It also gives Redoc's
// menu real in-page anchors: the menu's links are root-relative routes (`/chats`) that 404 when
// opened in a new tab or read without JavaScript.
import { operationTable } from '../contract.js';
import { esc, inline } from './html.js';

const slug = (text) => String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** The id of a tag's section (Redoc's menu links are rewritten to it). */
export const tagAnchor = (tag) => `tag-${slug(tag)}`;

function resolver(openapi) {
  const get = (ref) => ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((node, key) => node?.[key], openapi);
  return function deref(node, seen = new Set()) {
    let current = node;
    while (current && typeof current === 'object' && typeof current.$ref === 'string') {
      if (seen.has(current.$ref)) return { description: `(recursive: ${current.$ref})` };
      seen.add(current.$ref);
      current = { ...get(current.$ref), ...Object.fromEntries(Object.entries(current).filter(([k]) => k !== '$ref')) };
    }
    return current ?? {};
  };
}

function typeOf(schema) {
  if (schema.const !== undefined) return `const ${JSON.stringify(schema.const)}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array' && schema.items) return 'array';
  return type ?? (schema.oneOf || schema.anyOf ? 'one of' : 'any');
}

/** Enum values, const, default and limits: the facts a reader searches for. */
function rules(schema) {
  const out = [];
  const values = schema.enum ?? (schema.oneOf ?? schema.anyOf)?.filter((s) => s.const !== undefined).map((s) => s.const);
  if (values?.length) out.push(`one of: ${values.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ')}`);
  if (schema.items?.enum) out.push(`items one of: ${schema.items.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ')}`);
  if (schema.default !== undefined) out.push(`default <code>${esc(JSON.stringify(schema.default))}</code>`);
  for (const [key, label] of [['minimum', 'min'], ['maximum', 'max'], ['minLength', 'min length'], ['maxLength', 'max length'], ['minItems', 'min items'], ['maxItems', 'max items']]) {
    if (schema[key] !== undefined) out.push(`${label} ${schema[key]}`);
  }
  if (schema.pattern) out.push(`pattern <code>${esc(schema.pattern)}</code>`);
  if (schema.format) out.push(`format ${esc(schema.format)}`);
  return out.join('; ');
}

const firstParagraph = (text) => (text ? inline(String(text).trim().split(/\n\s*\n/)[0]) : '');

/** Rows for every field of `schema`, nested fields named by their dotted path (`data.items[].chat_status`). */
function fieldRows(deref, schema, prefix, required, depth, seen) {
  const s = deref(schema, new Set(seen));
  const rows = [];
  if (prefix) rows.push(`<tr><td><code>${esc(prefix)}</code>${required ? ' <em>required</em>' : ''}</td><td>${esc(typeOf(s))}</td><td>${rules(s)}</td><td>${firstParagraph(s.description)}</td></tr>`);
  if (depth > 8) return rows;
  for (const part of s.allOf ?? []) rows.push(...fieldRows(deref, part, '', false, depth + 1, seen).filter((r) => !r.includes('<td><code></code>')));
  const requiredKeys = new Set(s.required ?? []);
  for (const [key, value] of Object.entries(s.properties ?? {})) rows.push(...fieldRows(deref, value, prefix ? `${prefix}.${key}` : key, requiredKeys.has(key), depth + 1, seen));
  if (s.items) rows.push(...fieldRows(deref, s.items, `${prefix}[]`, false, depth + 1, seen).slice(typeOf(deref(s.items)) === 'object' ? 1 : 0));
  for (const branch of s.oneOf ?? s.anyOf ?? []) if (deref(branch).properties) rows.push(...fieldRows(deref, branch, prefix, false, depth + 1, seen).slice(prefix ? 1 : 0));
  return rows;
}

const table = (head, rows) => (rows.length ? `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>None.</p>');

/**
 * Who may call an operation and how often, and every error code it answers: read from the operation
 * table (the same entry the client and the mock use), so the docs cannot list another operation's codes.
 */
function renderAccess(entry) {
  const scopes = entry.scopes.anyOf.length ? `any one of ${entry.scopes.anyOf.map((s) => `<code>${esc(s)}</code>`).join(', ')}` : 'none (no access token)';
  const fieldScopes = entry.scopes.fields.map((f) => `<code>${esc(f.scope)}</code> when <code>${esc(f.when)}</code> (fields ${f.fields.map((x) => `<code>${esc(x)}</code>`).join(', ')})`);
  const limit = entry.rateLimit;
  const rate = !limit ? 'not documented' : limit.perMinute !== undefined ? `${esc(limit.perMinute)} per minute, ${esc(limit.perSecond)} per second (${esc(limit.scope ?? '')})${limit.whenExceeded ? `; when exceeded: ${inline(limit.whenExceeded)}` : ''}` : inline(limit.note ?? JSON.stringify(limit));
  const known = new Set(['perMinute', 'perSecond', 'scope', 'whenExceeded', 'documented', 'note']);
  const more = Object.entries(limit ?? {}).filter(([key]) => !known.has(key)).map(([key, value]) => `${esc(key)}: ${inline(String(value))}`);
  const access = [
    `<tr><th>token types</th><td class="fcc-token-types">${entry.tokenTypes.length ? entry.tokenTypes.map((t) => `<code>${esc(t)}</code>`).join(', ') : 'none (app credentials in the body)'}</td></tr>`,
    `<tr><th>scopes</th><td class="fcc-scopes">${scopes}${fieldScopes.length ? `; for some fields also ${fieldScopes.join('; ')}` : ''}</td></tr>`,
    `<tr><th>rate limit</th><td class="fcc-rate-limit">${rate}${more.length ? `; ${more.join('; ')}` : ''}</td></tr>`,
  ];
  const codes = entry.errorCodes.map((c) => `<tr data-code="${esc(c.code)}"><td><code>${esc(c.code)}</code></td><td>${esc(c.httpStatus)}</td><td>${esc(c.name)}</td><td>${inline(c.meaning ?? '')}</td><td>${c.retryable ? 'yes' : 'no'}</td><td>${inline(c.action ?? '')}</td></tr>`);
  return `<h5>Access</h5>
<table class="fcc-access"><tbody>${access.join('')}</tbody></table>
<h5>Error codes</h5>
${table(['code', 'HTTP', 'name', 'meaning', 'retryable', 'what to do'], codes).replace('<table>', '<table class="fcc-error-codes">')}`;
}

function renderOperation(deref, method, route, op, entry) {
  const params = (op.parameters ?? []).map((p) => deref(p)).map((p) => {
    const schema = deref(p.schema ?? {});
    return `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <em>required</em>' : ''}</td><td>${esc(p.in)}</td><td>${esc(typeOf(schema))}</td><td>${rules(schema)}</td><td>${firstParagraph(p.description ?? schema.description)}</td></tr>`;
  });
  const body = op.requestBody ? deref(op.requestBody) : undefined;
  const bodySchema = body?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {}).map(([status, r]) => {
    const response = deref(r);
    const schema = response.content?.['application/json']?.schema;
    return `<h5>${esc(status)} — ${firstParagraph(response.description)}</h5>
${schema ? table(['field', 'type', 'values and limits', 'description'], fieldRows(deref, schema, '', false, 0, new Set())) : ''}`;
  });
  return `<article id="op-${esc(op.operationId)}">
<h4><code>${esc(method.toUpperCase())} ${esc(route)}</code> — ${esc(op.summary ?? op.operationId)} (<code>${esc(op.operationId)}</code>)</h4>
${firstParagraph(op.description)}
${renderAccess(entry)}
<h5>Parameters</h5>
${table(['name', 'in', 'type', 'values and limits', 'description'], params)}
${bodySchema ? `<h5>Request body</h5>${table(['field', 'type', 'values and limits', 'description'], fieldRows(deref, bodySchema, '', false, 0, new Set()))}` : ''}
${responses.join('\n')}
</article>`;
}

/** The static section: one block per tag, each operation fully expanded. */
export function renderRestReference(openapi) {
  const deref = resolver(openapi);
  const entries = operationTable(openapi);
  const byTag = new Map();
  for (const [route, item] of Object.entries(openapi.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!op?.operationId) continue;
      const tag = op.tags?.[0] ?? 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push(renderOperation(deref, method, route, op, entries[op.operationId]));
    }
  }
  const tags = [...byTag.entries()].map(([tag, ops]) => `<section id="${tagAnchor(tag)}"><h3>${esc(tag)}</h3>\n${ops.join('\n')}</section>`);
  return `<section id="full-reference" class="fcc-full-reference">
<style>
.fcc-full-reference { max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem 3rem; font: 14px/1.5 system-ui, sans-serif; color: #1f2329; }
.fcc-full-reference table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
.fcc-full-reference th, .fcc-full-reference td { border: 1px solid #dee0e3; padding: .25rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.fcc-full-reference .fcc-access th { width: 9rem; }
.fcc-full-reference code { font-size: 13px; }
.fcc-full-reference article { border-top: 1px solid #dee0e3; padding-top: 1rem; }
</style>
<h2>Full reference (every operation expanded)</h2>
<p>The same contract as above, as plain text: every parameter, every response field, its allowed values and
limits, and each documented error code — so find-in-page reaches them without clicking, with or without JavaScript.</p>
${tags.join('\n')}
</section>`;
}

/**
 * Appends the static reference to Redoc's page and points Redoc's pre-rendered menu links (root-
 * relative routes such as `/chats`) at in-page anchors instead.
 */
export function addStaticReference(html, openapi) {
  const tags = new Set(Object.values(openapi.paths ?? {}).flatMap((item) => Object.values(item).map((op) => op?.tags?.[0]).filter(Boolean)));
  const bySlug = new Map([...tags].map((t) => [slug(t), t]));
  const linked = html.replace(/(<a [^>]*?)href="\/([^"]*)"(?= data-discover=)/g, (_m, start, route) => {
    const tag = bySlug.get(slug(route));
    return `${start}href="${route === '' ? 'index.html' : tag ? `#${tagAnchor(tag)}` : '#full-reference'}"`;
  });
  // The page's own closing tag is its last `</body>` (its inlined scripts contain the string too).
  const end = linked.lastIndexOf('</body>');
  if (end < 0) throw new Error('docs: the REST page has no </body>');
  return `${linked.slice(0, end)}${renderRestReference(openapi)}\n${linked.slice(end)}`;
}
