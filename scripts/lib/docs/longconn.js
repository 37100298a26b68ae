// The long-connection pages (longconn/protocol.html, longconn/guide.html), rendered from the contract
// alone: spec/longconn/protocol.yaml and pbbp2.proto (through scripts/lib/longconn.js), the endpoint
// operation's error codes, and the schemas longconn.ack / longconn.client-config.
import { esc, inline, page } from './html.js';

const table = (head, rows) => `<table><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</table>`;
const code = (v) => `<code>${esc(v)}</code>`;

/** The properties of a schema file as rows: name, type, description. */
function schemaRows(schema) {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, p]) => [code(name) + (required.has(name) ? ' (required)' : ''), esc(p.enum ? p.enum.join(' | ') : p.type ?? ''), inline(p.description ?? '')]);
}

/** The protocol reference: endpoint, frame, types, headers, handshake errors, ACK, ClientConfig, errata. */
export function renderProtocolPage({ longconn, schemas }) {
  const { protocol, protoText, frameFields, endpoint } = longconn;
  const ack = schemas['longconn/ack.json'];
  const config = schemas['longconn/client-config.json'];
  const methodNumber = (name) => protocol.methods[name];
  const body = `<h1>${esc(protocol.title)}</h1>
${protocol.description.trim().split(/\n\s*\n/).map((p) => `<p>${inline(p.replace(/\n/g, ' '))}</p>`).join('\n')}
<p class="muted">Sources: ${inline(protocol['x-source'])}. Contract files: <code>spec/longconn/protocol.yaml</code>, <code>spec/longconn/pbbp2.proto</code>, <a href="../schemas/longconn/ack.json">schemas/longconn/ack.json</a>, <a href="../schemas/longconn/client-config.json">schemas/longconn/client-config.json</a>. <a href="guide.html">Guide: receiving over the long connection</a>.</p>

<h2 id="endpoint">1. Endpoint discovery: <code>${esc(endpoint.method)} ${esc(endpoint.path)}</code></h2>
<p>Operation <a href="../rest/index.html">${esc(endpoint.operationId)}</a>. ${inline(protocol.endpoint.description)} Body <code>{"AppID","AppSecret"}</code>; answer <code>{code, msg, data: {URL, ClientConfig}}</code>. The URL's query:</p>
${table(['query parameter', 'meaning'], Object.entries(protocol.endpoint.urlQuery).map(([k, v]) => [code(k), inline(v)]))}
<h3 id="endpoint-errors">Error codes (all with HTTP 200)</h3>
${table(['code', 'msg', 'meaning', 'retry?', 'what to do'], endpoint.errorCodes.map((e) => [code(e.code), esc(e.msg ?? ''), inline(e.meaning), e.retryable ? 'yes (reconnect rules)' : 'no', inline(e.action)]))}

<h2 id="frame">2. The frame: <code>${esc(protocol.frame.message)}</code></h2>
<p>${inline(protocol.frame.encoding)}</p>
${table(['field', 'number', 'type', 'rule', 'meaning'], frameFields.map((f) => [code(f.name), String(f.id), code(f.type), f.rule, inline(f.comment)]))}
<details><summary>pbbp2.proto</summary><pre><code>${esc(protoText)}</code></pre></details>
<h3 id="methods">method</h3>
${table(['method', 'value'], Object.entries(protocol.methods).map(([k, v]) => [code(k), String(v)]))}
<h3 id="types">Message types (header <code>type</code>)</h3>
${table(['type', 'method', 'sent by', 'meaning'], Object.entries(protocol.messageTypes).map(([k, v]) => [code(k), `${esc(v.method)} (${methodNumber(v.method)})`, esc(v.from), inline(v.description)]))}

<h2 id="headers">3. Headers</h2>
${table(['header', 'on', 'meaning'], Object.entries(protocol.headers).map(([k, v]) => [code(k), esc(v.frames), inline(v.description)]))}

<h2 id="handshake">4. Handshake errors</h2>
<p>${inline(protocol.handshake.description.replace(/\n/g, ' '))} Headers: ${Object.values(protocol.handshake.headers).map(code).join(', ')}.</p>
${table(['name', 'status', 'autherrcode', 'retry?', 'meaning'], protocol.handshake.errors.map((e) => [code(e.name), String(e.status), e.authErrorCode === undefined ? 'any other' : code(e.authErrorCode), e.retryable ? 'yes' : 'no', inline(e.meaning)]))}

<h2 id="ack">5. The ACK</h2>
<p>${inline(protocol.ack.description.replace(/\n/g, ' '))}</p>
<p>Deadline: <strong>${protocol.ack.deadlineMs} ms</strong>; codes: ${Object.entries(protocol.ack.codes).map(([k, v]) => `${code(v)} ${esc(k)}`).join(', ')}; a card callback acknowledged without <code>data</code> fails with <strong>${protocol.ack.missingCardAnswerError}</strong>. Payload schema <code>${esc(protocol.ack.schema)}</code>:</p>
${table(['key', 'type', 'meaning'], schemaRows(ack))}

<h2 id="client-config">6. ClientConfig, pings and reconnects</h2>
<p>${inline(config.description)}</p>
${table(['key', 'type', 'default', 'meaning'], schemaRows(config).map((r, i) => [r[0], r[1], code(protocol.clientConfig.defaults[Object.keys(config.properties)[i]]), r[2]]))}
<p>${inline(protocol.clientConfig.reconnect)}</p>

<h2 id="delivery">7. Delivery, limits and split messages</h2>
<ul>
<li>At most <strong>${protocol.limits.maxConnectionsPerApp}</strong> connections per app; delivery is <strong>${esc(protocol.limits.delivery)}</strong> mode (each message goes to one connection).</li>
<li>${inline(protocol.limits.redelivery)}</li>
<li>${inline(protocol.partialMessages.description)} Expiry in the SDKs: ${Object.entries(protocol.partialMessages.sdkExpiryMs).map(([k, v]) => `${esc(k)} ${v} ms`).join(', ')}.</li>
</ul>

<h2 id="errata">8. Errata: where the sources disagree, and what the contract decided</h2>
${table(['id', 'where', 'the sources', 'the contract', 'evidence'], protocol.errata.map((e) => [code(e.id), code(e.where), inline(e.doc), inline(e.decision), inline(e.evidence)]))}`;
  return page({ title: 'Long connection protocol', depth: 1, body });
}

/** The guide: receiving events and card callbacks over the long connection, and testing against the mock. */
export function renderGuidePage({ longconn }) {
  const { protocol, endpoint } = longconn;
  const d = protocol.clientConfig.defaults;
  const body = `<h1>Guide: events and card callbacks over the long connection</h1>
<p>A self-built app can receive its events and card callbacks without a public URL: it dials out to Feishu and keeps a WebSocket open. <code>createLongConnection</code> (entry <code>feishu-chat-contract/longconn</code>, Node only) does that and hands every message to the <strong>same handler</strong> as the HTTP receiver, so one set of typed handlers serves both. The wire format is on the <a href="protocol.html">protocol page</a>.</p>
<h2>Receive</h2>
<pre><code>import { createEventHandler } from 'feishu-chat-contract/events';
import { createLongConnection } from 'feishu-chat-contract/longconn';

const handler = createEventHandler({ /* your typed handlers: im.message.receive_v1, card.action.trigger, … */ });
const connection = createLongConnection({ appId: process.env.APP_ID, appSecret: process.env.APP_SECRET, handler });
connection.on('state', (state) => console.log('long connection', state)); // connecting | open | reconnecting | closed
connection.on('error', (error) => console.error(error.code, error.message)); // it gave up: wrong credentials, ${protocol.limits.maxConnectionsPerApp} connections, retries spent
await connection.opened();
// … on shutdown:
await connection.close();</code></pre>
<h2>What it does for you</h2>
<ul>
<li><strong>Acknowledges within the deadline whatever your handler does.</strong> The platform redelivers a message not acknowledged within ${protocol.ack.deadlineMs / 1000} s; every official SDK acknowledges only after the handler returns, so a slow handler gets its events again. Here the ACK goes out when the handler answers or after <code>ackAfterMs</code> (default ${protocol.ack.deadlineMs - 1000} ms), whichever comes first; a card handler that has not answered by then is acknowledged with <code>{}</code> (never an ACK without a body: that is error ${protocol.ack.missingCardAnswerError}).</li>
<li><strong>Card clicks on either frame type.</strong> Sources disagree whether clicks arrive as <code>event</code> or <code>card</code> frames; both are dispatched with <code>{ frameType }</code> and acknowledged with the handler's answer (a toast, a card) as the ACK's base64 <code>data</code>.</li>
<li><strong>Deduplication.</strong> A redelivered message (same <code>message_id</code>) is acknowledged again with the first answer and not dispatched twice; the handler's own dedup (event_id, message_id) covers redeliveries that come as new messages.</li>
<li><strong>Split messages</strong> are reassembled in a cache bounded by bytes, count and age (<code>partials: { maxBytes, maxMessages, ttlMs }</code>), so parts that never complete cannot grow memory.</li>
<li><strong>Half-open sockets</strong> are detected: a socket that answers nothing within <code>pingTimeoutMs</code> (default 10 s) after a ping is replaced. node-sdk leaves this off by default.</li>
<li><strong>Reconnects</strong> follow the ClientConfig the endpoint and each pong send: a random 0…ReconnectNonce s (default ${d.ReconnectNonce}) before the first retry, then every ReconnectInterval s (default ${d.ReconnectInterval}), ReconnectCount times (default ${d.ReconnectCount}: forever). Codes the contract marks as client errors (${endpoint.errorCodes.filter((e) => !e.retryable).map((e) => e.code).join(', ')}) are not retried.</li>
<li><strong>Bad frames</strong> (garbage protobuf, an unknown type, a part that never completes, a payload that is not JSON) are logged, reported as <code>badFrame</code> events, and survived.</li>
</ul>
<h2>Test against the mock</h2>
<p>The mock serves the endpoint and the WebSocket on the same port as the REST API. Point <code>baseUrl</code> (or node-sdk's <code>domain</code>) at it:</p>
<pre><code>import { createMockFeishu, demoApp } from 'feishu-chat-contract/mock';

const mock = createMockFeishu({ longConnection: { ackTimeoutMs: 3000, maxFramePayloadBytes: 1024, cardFrameType: 'event' } });
const server = await mock.listen(0);
const connection = createLongConnection({ appId: demoApp.appId, appSecret: demoApp.appSecret, baseUrl: server.url, handler });
await connection.opened();
const answer = await mock.longConnection.deliver(JSON.stringify(envelope), 'event'); // { status, body } or { timeout: true }
mock.longConnection.acks;        // every ACK: code, decoded data, biz_rt, which push it answered
mock.longConnection.drop();      // the platform restarts: the client reconnects
mock.longConnection.stall();     // a half-open socket: only the ping timeout notices
mock.longConnection.loseAcks(1); // an ACK lost in transit: the message is redelivered</code></pre>
<p>The mock redelivers a message not acknowledged within <code>ackTimeoutMs</code> (default ${protocol.ack.deadlineMs} ms), up to <code>redeliveries</code> times, to one of the app's open connections; it refuses the ${protocol.limits.maxConnectionsPerApp + 1}st connection as the platform does.</p>`;
  return page({ title: 'Long connection guide', depth: 1, body });
}
