// The "Receiving events and callbacks" guide (events/guide.html). Its code samples are the files under
// test/events-guide/, run by the suite (bot.test.ts), shown with their imports as a user writes them;
// the Express sample is shown only (Express is not a dependency of this package).
import fs from 'node:fs';
import path from 'node:path';
import { esc, inline, page } from './html.js';
import { root } from '../paths.js';

/** A sample file as a user would write it: package imports instead of the repository's relative ones. */
function sample(file) {
  return fs.readFileSync(path.join(root, 'test/events-guide', file), 'utf8')
    .replace(/'\.\.\/\.\.\/src\/events\/index\.js'/g, "'feishu-chat-contract/events'")
    .replace(/'\.\.\/\.\.\/src\/mock\/index\.js'/g, "'feishu-chat-contract/mock'")
    .trim();
}

/** The client error codes of a card answer, from the response schema (x-clientErrorCodes). */
function clientCodes() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/events/card.action.trigger.response.json'), 'utf8'));
  return Object.fromEntries(Object.entries(schema['x-clientErrorCodes']).map(([name, { code }]) => [name, code]));
}

const code = (text, lang = 'ts') => `<pre><code class="language-${lang}">${esc(text)}</code></pre>`;
const para = (text) => `<p>${inline(text)}</p>`;

const EXPRESS = `import express from 'express';
import { createEventHandler } from 'feishu-chat-contract/events';

const events = createEventHandler({ encryptKey: process.env.FEISHU_ENCRYPT_KEY, verificationToken: process.env.FEISHU_VERIFICATION_TOKEN });
events.on('im.message.receive_v1', async (envelope) => { /* … */ });

const app = express();
// Mount it BEFORE express.json(): the handler reads the raw body itself (the signature covers the raw bytes).
app.post('/feishu/events', events.node);
// Or, where a parser runs first for every route, give this route the raw bytes:
//   app.post('/feishu/events', express.raw({ type: 'application/json' }), events.node);
app.use(express.json());
app.listen(3000);`;

const CURL = `# Any language: start the mock pointed at your bot, then drive it over HTTP.
npx feishu-chat-contract mock --port 3000 --event-url http://127.0.0.1:8080/feishu/events \\
  --encrypt-key "$ENCRYPT_KEY" --verification-token "$VERIFICATION_TOKEN"
curl -s -X POST localhost:3000/__mock/events/verify-url
curl -s -X POST localhost:3000/__mock/users/send-message -H 'content-type: application/json' \\
  -d '{"chatId":"oc_…","userId":"ou_…","content":"hello bot"}'
curl -s -X POST localhost:3000/__mock/events/emit -H 'content-type: application/json' \\
  -d '{"eventType":"im.chat.member.bot.added_v1"}'
curl -s -X POST localhost:3000/__mock/cards/click -H 'content-type: application/json' \\
  -d '{"messageId":"om_…","userId":"ou_…","value":{"vote":"yes"}}'
curl -s localhost:3000/__mock/deliveries`;

/** The guide page. */
export function renderEventsGuide() {
  const codes = clientCodes();
  const body = `
<h1>Receiving events and callbacks</h1>
${para('`feishu-chat-contract/events` receives what Feishu sends an app over HTTP: events (schema 2.0 and 1.0), the URL challenge, and card actions (`card.action.trigger` and legacy card callbacks). It is Web-standard (WebCrypto, `Request`/`Response`): the same handler runs on Node, Deno, Bun and edge runtimes. The contract of every event is in `schemas/events/`, one page per event beside this one.')}
<h2>What the handler does for you</h2>
<ul>
<li>${inline('**Verifies the raw body**: the event signature (SHA-256 over timestamp, nonce, Encrypt Key and the raw bytes), or the legacy card one (SHA-1 with the Verification Token) — chosen by what the body is; constant-time compares; the Verification Token of every event when one is configured. A parsed body is refused: its bytes are gone.')}</li>
<li>${inline('**A timestamp window of 300 s both ways** on `X-Lark-Request-Timestamp`. That timestamp is the time of the delivery attempt, not of the event: the platform signs each redelivery afresh, so an event redelivered an hour later passes, while a captured request replayed later than the window does not. Within the window a replay is a duplicate, which deduplication drops. Without an Encrypt Key nothing is signed: only the token and deduplication stand between you and a replay.')}</li>
<li>${inline('**Decrypts** with the Encrypt Key (AES-256-CBC, PKCS#7 padding checked) and **answers the challenge** itself, plain or encrypted.')}</li>
<li>${inline('**Acknowledges first**: 200 as soon as an event is verified and deduplicated; your handler runs after, so a slow handler never causes a redelivery. On runtimes that freeze after the response, pass the context (`fetch(request, env, ctx)`: `ctx.waitUntil`), or choose `ack: \'after-handler\'` (200 when it returns, 500 when it throws so the platform redelivers, 200 at `handlerDeadlineMs` whatever happens).')}</li>
<li>${inline('**Deduplicates** at-least-once delivery by the keys the contract lists per event (`header.event_id`, and `message_id` for `im.message.receive_v1`: a redelivery may carry a new event id) in memory bounded by count, bytes and age — or in your shared store (`dedup: { has, add }`; an `add` that answers `false`, like Redis `SET NX`, makes concurrent duplicates on several instances run once).')}</li>
<li>${inline('**Answers card actions** with what `onCardAction` returns, checked against `event.card.action.trigger.response`; an invalid answer becomes `{}` and is reported. A handler slower than `cardActionDeadlineMs` (2,500 ms) gets `{}` answered for it (the client gives up at 3 s with ' + codes.late + '), and `onLate` is told to send the card with the delayed update instead (operation `updateCardByToken`, with `event.token`, within 30 min).')}</li>
<li>${inline('**Refuses clearly**: 405 (not POST), 415 (not JSON), 413 (over `maxBodyBytes`, 1 MiB), 400 (not a Feishu body, or one breaking its schema), 401 (signature, timestamp, token or decryption) — as `{"code", "msg"}` with nothing secret. Every 401 says the same words (telling a bad padding from a bad signature would be a padding oracle); the precise reason goes to `onError` as a `FeishuEventError` with `reason`.')}</li>
</ul>
<h2>Node <code>http</code></h2>
${code(sample('node-http.ts'))}
<h2>Express (raw body)</h2>
${code(EXPRESS)}
${para('`events.node` reads the stream itself. If a body parser consumed it first, the handler answers 500 saying so (and `onError` hears it) rather than guessing at the bytes; a `Buffer` or string `req.body` (from `express.raw`, or `req.rawBody`) is used as the raw body.')}
<h2>Cloudflare Workers, Hono, Deno, Bun (<code>fetch</code>)</h2>
${code(sample('workers.ts'))}
<h2>Verifying by hand</h2>
${code(`import { verifyEvent, isEventOf } from 'feishu-chat-contract/events';
const result = await verifyEvent({ body: await request.text(), headers: request.headers }, { encryptKey, verificationToken });
if (result.kind === 'challenge') return Response.json({ challenge: result.challenge });
if (isEventOf(result, 'im.message.receive_v1')) console.log(result.envelope.event.message.chat_id);
// A refusal throws FeishuEventError: error.reason is 'body' | 'signature' | 'timestamp' | 'token' | 'decrypt' | 'schema'.`)}
<h2>Testing a bot against the mock</h2>
${para('The mock is the event source: `createMockFeishu({ app: { encryptKey, verificationToken, eventUrl, cardActionUrl } })`. `mock.events.verifyUrl()` sends the challenge; `mock.events.emit(type, partial?)` builds a complete envelope from the mock\'s dataset, checks it against its schema, encrypts, signs and POSTs it, redelivering on a non-2xx answer or none within 3 s on the platform\'s schedule (5 s, 5 min, 1 h, 6 h; compress it with `retrySchedule`); `mock.users.sendMessage(...)` stores a user\'s message and emits `im.message.receive_v1`; `mock.cards.click(...)` clicks a card the app sent and records what the client would show (' + codes.late + ' late, ' + codes.malformed + ' malformed, ' + codes.wrongCard + ' a wrong card). Every attempt is in `mock.events.deliveries`.')}
${code(sample('bot.test.ts'))}
${para('From another language, run the mock from the command line and drive it over its control surface:')}
${code(CURL, 'sh')}
`;
  return page({ title: 'Receiving events and callbacks', depth: 1, body });
}
