// Renders the JSAPI reference from schemas/: one page per API with every field of its input,
// success and fail objects (type, required, default, allowed values, limits, client support,
// description with the official Chinese terms), its error codes, errata and examples.
// Generic over the schemas: a field added to a schema shows up with no edit here.
import { block, esc, inline, page } from './html.js';
import { schemaFileResolver } from '../resolve.js';

const KINDS = [
  ['input', 'Input (入参)'],
  ['success', 'Success object (success 回调)'],
  ['fail', 'Fail object (fail 回调)'],
];
const PLATFORMS = { android: 'Android', ios: 'iOS', pc: 'PC', harmony: 'Harmony', all: 'all clients' };

/** `schemas` maps a path under schemas/ (e.g. "jsapi/chooseChat.input.json") to its JSON. */
export function createResolver(schemas) {
  const files = schemaFileResolver(Object.entries(schemas));
  /** Follows `$ref`s (file-relative, by $id and local), merging the referring schema's own keywords over the target. */
  function deref(schema, file) {
    let current = schema;
    let currentFile = file;
    const seen = new Set();
    while (current && typeof current.$ref === 'string') {
      const { schema: resolved, file: targetFile } = files.resolve(current.$ref, currentFile);
      const key = `${targetFile}#${current.$ref.split('#')[1] ?? ''}`;
      if (seen.has(key)) break;
      seen.add(key);
      const { $ref, ...own } = current;
      current = { ...resolved, ...own, ...(resolved.$ref ? { $ref: resolved.$ref } : {}) };
      if (!resolved.$ref) delete current.$ref;
      currentFile = targetFile;
    }
    return { schema: current, file: currentFile };
  }
  return { deref };
}

/** The properties of an object schema, including those its allOf members and a root $ref bring. */
function objectParts(schema, file, resolver) {
  const properties = [];
  const required = new Set(schema.required ?? []);
  // A root $ref (the fail objects' StandardFailOutput) contributes like an allOf member.
  const bases = [...(schema.allOf ?? []), ...(schema.$ref ? [{ $ref: schema.$ref }] : [])].map((s) => resolver.deref(s, file));
  for (const part of [...bases, { schema, file }]) {
    for (const r of part.schema.required ?? []) required.add(r);
    for (const [name, prop] of Object.entries(part.schema.properties ?? {})) {
      const at = properties.findIndex(([n]) => n === name);
      // A later part refines an earlier one's property (e.g. errMsg's pattern), keeping its description.
      const merged = { schema: { ...(at >= 0 ? properties[at][1].schema : {}), ...prop }, file: part.file };
      if (at >= 0) properties[at][1] = merged;
      else properties.push([name, merged]);
    }
  }
  return { properties, required };
}

function consts(schema) {
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.length && alternatives.every((s) => 'const' in s)) return alternatives;
  return undefined;
}

function typeOf(schema, resolver, file) {
  if ('const' in schema) return `const ${JSON.stringify(schema.const)}`;
  if (schema.type === 'array') {
    const { schema: items } = schema.items ? resolver.deref(schema.items, file) : { schema: {} };
    return `array of ${items.title ?? (items.type ?? 'any')}`;
  }
  // A oneOf of plain types (a card action's value: an object or a string) reads as their union.
  const typeAlternatives = !schema.type && schema.oneOf?.every((s) => Object.keys(s).join() === 'type') ? schema.oneOf.map((s) => s.type).join(' | ') : undefined;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type ?? typeAlternatives;
  const fromValues = consts(schema) ? typeof consts(schema)[0].const : schema.enum?.length ? typeof schema.enum[0] : undefined;
  return [schema.title && schema.type === 'object' ? schema.title : undefined, type ?? fromValues ?? 'any'].filter(Boolean).join(' ');
}

function allowed(schema) {
  const alternatives = consts(schema);
  if (alternatives) return alternatives.map((s) => `<code>${esc(JSON.stringify(s.const))}</code> ${esc(s.title ?? '')}${s.description ? ` <span class="muted">(${esc(s.description)})</span>` : ''}`).join('<br>');
  if (schema.enum) return schema.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(', ');
  return '';
}

function limits(schema) {
  const out = [];
  const add = (k, label) => schema[k] !== undefined && out.push(`${label} ${typeof schema[k] === 'string' ? `<code>${esc(schema[k])}</code>` : esc(schema[k])}`);
  add('minItems', 'at least'); add('maxItems', 'at most'); add('minLength', 'min length'); add('maxLength', 'max length');
  add('minimum', '≥'); add('maximum', '≤'); add('pattern', 'pattern'); add('format', 'format');
  if (schema['x-maxSerializedBytes'] !== undefined) out.push(`at most ${schema['x-maxSerializedBytes']} bytes as serialized JSON (UTF-8)`);
  if (schema.type === 'array' && schema.uniqueItems) out.push('unique items');
  return out.join('<br>');
}

/** `x-client-support` in words: "gadget: Android 3.1.0, …; web app: …", "all clients 6.6.0+", "Harmony: not supported". */
export function clientSupport(support) {
  if (!support || typeof support !== 'object') return '';
  const list = (entries) =>
    Object.entries(entries)
      .map(([p, v]) => (v === false ? `${PLATFORMS[p] ?? p}: not supported` : `${PLATFORMS[p] ?? p} ${v}+`))
      .join(', ');
  if (support.gadget || support.webApp) {
    return [support.gadget && `gadget (小程序): ${list(support.gadget)}`, support.webApp && `web app (网页应用): ${list(support.webApp)}`].filter(Boolean).join('<br>');
  }
  return list(support);
}

export function erratumNotes(schema) {
  const errata = [].concat(schema['x-erratum'] ?? []);
  return errata.map((e) => `<div class="erratum"><strong>Erratum.</strong> The official docs: ${inline(e.doc)} The contract: ${inline(e.decision)} <span class="muted">Evidence: ${inline(e.evidence)}</span></div>`).join('');
}

/**
 * One table row per field of an object schema, nested objects and arrays of objects flattened to
 * `a.b` / `a[].b`. `compact` leaves out the default and client-support columns (the event pages:
 * payloads Feishu sends have neither).
 */
export function rows(schema, file, resolver, prefix = '', depth = 0, compact = false) {
  const { properties, required } = objectParts(schema, file, resolver);
  const out = [];
  for (const [name, { schema: raw, file: propFile }] of properties) {
    const { schema: prop, file: resolvedFile } = resolver.deref(raw, propFile);
    const field = `${prefix}${name}`;
    out.push(`<tr id="${esc(`${field}`)}">
<td class="field">${esc(field)}</td>
<td>${esc(typeOf(prop, resolver, resolvedFile))}</td>
<td>${required.has(name) ? '<span class="tag req">required</span>' : 'optional'}</td>
${compact ? '' : `<td>${prop.default !== undefined ? `<code>${esc(JSON.stringify(prop.default))}</code>` : ''}</td>\n`}<td>${allowed(prop)}</td>
<td>${limits(prop)}</td>
${compact ? '' : `<td>${clientSupport(prop['x-client-support'])}${prop['x-scope'] ? `<br><span class="muted">scope ${esc(prop['x-scope'])}</span>` : ''}</td>\n`}
<td>${prop.description ? inline(prop.description) : ''}${erratumNotes(prop)}${raw !== prop && raw['x-erratum'] !== prop['x-erratum'] ? erratumNotes(raw) : ''}</td>
</tr>`);
    if (depth > 4) continue;
    if (prop.type === 'object' && (prop.properties || prop.allOf)) out.push(...rows(prop, resolvedFile, resolver, `${field}.`, depth + 1, compact));
    if (prop.type === 'array' && prop.items) {
      const { schema: items, file: itemsFile } = resolver.deref(prop.items, resolvedFile);
      if (items.type === 'object' && items.properties) out.push(...rows(items, itemsFile, resolver, `${field}[].`, depth + 1, compact));
    }
  }
  return out;
}

const TABLE_HEAD = '<tr><th>field</th><th>type</th><th>required</th><th>default</th><th>allowed values</th><th>limits</th><th>client support</th><th>description (官方术语)</th></tr>';

function errorCodeSection(api, input, fail) {
  const errCode = fail.properties?.errCode;
  const codes = errCode ? consts(errCode) : undefined;
  const parts = [];
  if (codes) {
    parts.push(`<table><tr><th>errCode</th><th>meaning</th><th>official wording (官方说明)</th></tr>${codes
      .map((c) => `<tr id="errCode${c.const}"><td><code>${c.const}</code></td><td>${esc(c.title ?? '')}</td><td>${esc(c.description ?? '')}</td></tr>`)
      .join('')}</table>`);
  } else {
    parts.push(`<p>The official page documents no ${esc(api)}-specific error codes; fail objects may carry <code>errno</code> from the platform's common table.</p>`);
  }
  const rules = input['x-errCodes'];
  if (rules?.length) {
    parts.push(`<p>Which input rule gives which code (checked by this package's validators and <code>feishu-chat-contract/jsapi</code> before <code>tt</code> is called):</p>
<table><tr><th>rule (JSON Schema keyword)</th><th>at</th><th>errCode</th></tr>${rules
      .map((r) => `<tr><td><code>${esc(r.keyword === '*' ? 'any rule' : r.keyword)}</code></td><td><code>${esc(r.path || '(root)')}</code></td><td><a href="#errCode${r.errCode}"><code>${r.errCode}</code></a></td></tr>`)
      .join('')}</table>`);
  }
  return parts.join('\n');
}

function examples(schema) {
  return (schema.examples ?? []).map((e) => `<pre><code>${esc(JSON.stringify(e, null, 2))}</code></pre>`).join('\n');
}

/** The page of one API. */
export function renderApiPage(api, schemas) {
  const resolver = createResolver(schemas);
  const input = schemas[`jsapi/${api}.input.json`];
  const sections = KINDS.map(([kind, heading]) => {
    const file = `jsapi/${api}.${kind}.json`;
    const raw = schemas[file];
    return `<h2 id="${kind}">${esc(heading)}</h2>
<p>${inline(raw.description ?? '')} <span class="muted">Schema id <code>${api}.${kind}</code> · <a href="../schemas/${file}">${file}</a></span></p>
${erratumNotes(raw)}
<table>${TABLE_HEAD}${rows(raw, file, resolver).join('\n')}</table>
${raw.examples?.length ? `<h3>Example</h3>${examples(raw)}` : ''}`;
  });
  const body = `<h1><code>tt.${esc(api)}</code></h1>
<p>${inline(input.description ?? '')}</p>
<p><strong>Client support:</strong><br>${clientSupport(input['x-client-support'])}</p>
${restTwins(input['x-rest-twin'])}
<nav class="toc"><a href="#input">Input</a><a href="#success">Success</a><a href="#fail">Fail</a><a href="#errors">Error codes</a></nav>
${sections.join('\n')}
<h2 id="errors">Error codes (错误码)</h2>
${errorCodeSection(api, input, schemas[`jsapi/${api}.fail.json`])}
<h2>Calling it with this package</h2>
<pre><code>import { ${esc(api)}, JsapiError } from 'feishu-chat-contract/jsapi';</code></pre>
${block('Inputs are checked against the contract before `tt` is called; a fail arrives as a `JsapiError` with `errMsg`, `errno`, `errCode` and the documented meaning. In tests, `createFakeTt()` from `feishu-chat-contract/mock` stands in for `tt`.')}`;
  return page({ title: `tt.${api}`, depth: 1, body });
}

/** The REST operations that do the same from a server (`x-rest-twin` in the input schema), linked into the REST reference. */
function restTwins(twins = []) {
  if (!twins.length) return '';
  return `<p><strong>REST twin${twins.length > 1 ? 's' : ''} (server-side):</strong> ${twins
    .map(({ operationId, why }) => `<a class="rest-twin" href="../rest/index.html#op-${esc(operationId)}"><code>${esc(operationId)}</code></a> — ${inline(why)}`)
    .join('; ')}</p>`;
}

/** The JSAPI overview page. */
export function renderJsapiIndex(apis, schemas) {
  const items = apis
    .map((api) => {
      const input = schemas[`jsapi/${api}.input.json`];
      return `<h2><a href="${api}.html">tt.${esc(api)}</a></h2><p>${inline(input.description ?? '')}</p><p class="muted">${clientSupport(input['x-client-support'])}</p>`;
    })
    .join('\n');
  const body = `<h1>JSAPI reference</h1>
${block('Client-side calls of gadgets (小程序) and web apps (网页应用), through the `tt` global of the Feishu client. Every call takes one object with its fields plus optional `success`, `fail` and `complete` callbacks; `errMsg` is `"<api>:ok"` on success and `"<api>:fail …"` on failure. Inputs are closed (a misspelt key is an error); outputs are open (new client fields pass).')}
${items}`;
  return page({ title: 'JSAPI reference', depth: 1, body });
}
