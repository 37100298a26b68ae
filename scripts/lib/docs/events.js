// Renders the "Events and callbacks" section of the docs site from schemas/events/: an overview of
// every event (summary, scopes, dedup keys, schema id) and one page per event and per other body
// (the challenge, the encrypted body, the 1.0 envelope, the legacy card callback, the card answer)
// with every field, the errata, the example and, for im.message.receive_v1, the received content
// shape of each message_type. The facts come from the files' annotations (x-event-type, x-scopes,
// x-dedup-keys, x-summary), the same ones generated/events.js is built from: a new schema file is a
// new page with no edit here.
import { block, esc, inline, page } from './html.js';
import { createResolver, erratumNotes, rows } from './jsapi.js';

const HEAD = '<tr><th>field</th><th>type</th><th>required</th><th>allowed values</th><th>limits</th><th>description</th></tr>';

/** The event files among `schemas` (path under schemas/ → JSON), in name order: `{ name, file, schema, isEvent }`. */
export function eventFiles(schemas) {
  return Object.entries(schemas)
    .filter(([file, schema]) => /^events\/[^/]+\.json$/.test(file) && typeof schema['x-event-type'] === 'string')
    .map(([file, schema]) => ({ name: schema['x-event-type'], file, schema, isEvent: 'x-scopes' in schema }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const DEDUP_WORDS = {
  '/header/event_id': 'the push: a redelivery of the same event carries the same event_id',
  '/uuid': 'the push (the 1.0 event id)',
  '/event/message/message_id': 'the message: the platform may push the same message again under a new event_id (the receive doc: 使用 message_id 去重，不要依赖 event_id)',
};
const dedupList = (keys) =>
  keys.length ? `<ul>${keys.map((k) => `<li><code>${esc(k)}</code>${DEDUP_WORDS[k] ? ` — ${esc(DEDUP_WORDS[k])}` : ''}</li>`).join('')}</ul>` : '<p>None: not an event delivery.</p>';

const scopesText = (scopes) => (scopes.length ? scopes.map((s) => `<code>${esc(s)}</code>`).join(' or ') : 'none (a callback: configure its request URL under Events &amp; Callbacks → Callback configuration)');

/** The received content shape of each message_type (the oneOf of ReceivedMessage). */
function contentSection(resolver) {
  const { schema: message, file } = resolver.deref({ $ref: 'common/ReceivedMessage.json' }, 'events/im.message.receive_v1.json');
  const parts = (message.oneOf ?? []).map((branch) => {
    const tag = branch.properties.message_type;
    const types = tag.enum ?? [tag.const];
    const { schema: content, file: contentFile } = resolver.deref(branch.properties.content.contentSchema, file);
    const table = content.properties ? `<table>${HEAD}${rows(content, contentFile, resolver, '', 0, true).join('\n')}</table>` : '';
    const example = content.examples?.[0] !== undefined ? `<pre><code>${esc(JSON.stringify(content.examples[0], null, 2))}</code></pre>` : '';
    return `<h3 id="content-${esc(types[0])}">${types.map((t) => `<code>${esc(t)}</code>`).join(', ')}</h3>
<p>${inline(content.description ?? '')}</p>${erratumNotes(content)}${table}${example}`;
  });
  return `<h2 id="content">Message content by message_type (接收消息内容)</h2>
${block('`message.content` is a JSON **string**; parse it, and its value has the **received** shape of `message_type` below — not the shape you send (a received post has no locale wrapper, text mentions read `@_user_N`, a card arrives as a rendering). The validators parse it and check it against the shape of its type.')}
${parts.join('\n')}`;
}

/** The page of one event or body. */
export function renderEventPage(entry, schemas) {
  const resolver = createResolver(schemas);
  const { name, file, schema, isEvent } = entry;
  const id = `event.${name}`;
  const facts = [
    ['Schema id', `<code>${esc(id)}</code> · <a href="../schemas/${esc(file)}">${esc(file)}</a>`],
    ...(isEvent ? [['header.event_type', `<code>${esc(name)}</code>`], ['Scopes to subscribe', scopesText(schema['x-scopes'])]] : []),
    ['Dedup keys', dedupList(schema['x-dedup-keys'] ?? [])],
  ];
  const body = `<p class="muted"><a href="index.html">Events and callbacks</a></p>
<h1><code>${esc(name)}</code></h1>
<p><strong>${inline(schema['x-summary'])}</strong></p>
<p>${inline(schema.description ?? '')}</p>
<table class="facts">${facts.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`).join('')}</table>
${erratumNotes(schema)}
<h2 id="fields">Fields</h2>
<table>${HEAD}${rows(schema, file, resolver, '', 0, true).join('\n')}</table>
${name === 'im.message.receive_v1' ? contentSection(resolver) : ''}
${schema.examples?.length ? `<h2 id="example">Example</h2>${schema.examples.map((e) => `<pre><code>${esc(JSON.stringify(e, null, 2))}</code></pre>`).join('\n')}` : ''}
<h2>Validating it with this package</h2>
<pre><code>import { validate } from 'feishu-chat-contract/validators';
const result = validate('${esc(id)}', payload); // { valid: true } or { valid: false, errors: [{ path, keyword, message }] }</code></pre>`;
  return page({ title: name, depth: 1, body });
}

/** The overview page of the section. */
export function renderEventsIndex(schemas) {
  const entries = eventFiles(schemas);
  const row = (e) => `<tr id="${esc(e.name)}"><td class="field"><a href="${esc(e.name)}.html">${esc(e.name)}</a></td><td>${inline(e.schema['x-summary'])}</td>${e.isEvent ? `<td>${scopesText(e.schema['x-scopes'])}</td>` : ''}<td>${(e.schema['x-dedup-keys'] ?? []).map((k) => `<code>${esc(k)}</code>`).join('<br>')}</td><td><code>event.${esc(e.name)}</code></td></tr>`;
  const body = `<h1>Events and callbacks</h1>
${block(`What Feishu sends an app — event pushes, the URL challenge, card callbacks — and what the app answers, one JSON Schema per body under \`schemas/events/\`. Feishu POSTs to your request URL (or pushes over the long connection); answer HTTP 200 within 3 s, or it redelivers (at least once, possibly minutes to hours later), so deduplicate by the keys below. With an Encrypt Key the body arrives as \`{"encrypt": …}\`: decrypt it first, then validate what it holds. Every envelope is \`{schema: "2.0", header, event}\`; fields named \`user_id\`, \`operator_id\`, \`sender_id\`, \`reader_id\` are objects of ids, not strings.`)}
<p>How to receive and answer them with this package — Node <code>http</code>, Express, <code>fetch</code> runtimes, and the mock driving a bot in a test: <a href="guide.html">the receiver guide</a>.</p>
<h2 id="events">Events (schema 2.0)</h2>
<table><tr><th>event_type</th><th style="min-width: 22rem">when</th><th>scopes to subscribe</th><th>dedup keys</th><th>schema id</th></tr>${entries.filter((e) => e.isEvent).map(row).join('\n')}</table>
<h2 id="bodies">Other bodies</h2>
<table><tr><th>body</th><th>what</th><th>dedup keys</th><th>schema id</th></tr>${entries.filter((e) => !e.isEvent).map(row).join('\n')}</table>`;
  return page({ title: 'Events and callbacks', depth: 1, body });
}
