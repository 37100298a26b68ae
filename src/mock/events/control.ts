// The mock's HTTP control surface, so that a bot written in any language drives the same mock from
// its tests: emit an event, send a user's message, click a card, read the delivery records.
//   POST /__mock/events/emit          {"eventType": "...", "partial": {"event": {...}}}  → {"delivery": {...}}
//   POST /__mock/events/verify-url    {"target": "event" | "card"}                       → {"delivery": {...}}
//   POST /__mock/users/send-message   {"chatId", "userId", "msgType"?, "content", "mentions"?} → {"message", "delivery"}
//   POST /__mock/cards/click          {"messageId", "userId", "value"?, "formValue"?, "tag"?} → {"delivery": {...}}
//   GET  /__mock/deliveries[?eventType=…&kind=…]                                         → {"deliveries": [...]}
import { FeishuContractError, FeishuError } from '../../errors.js';
import { readCapped } from '../../read-capped.js';
import type { MockCards } from './cards.js';
import type { MockEvents } from './source.js';
import type { MockUsers } from './users.js';

/** The path prefix of the control surface (no Feishu path starts with it). */
export const CONTROL_PREFIX = '/__mock/';
const MAX_CONTROL_BODY = 256 * 1024;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const refuse = (status: number, msg: string, extra: Record<string, unknown> = {}) => json(status, { code: status, msg, ...extra });

/** Answers a control request, or `undefined` when the path is not the control surface's. */
export function createControlHandler(deps: { events: MockEvents; users: MockUsers; cards: MockCards }): (request: Request) => Promise<Response | undefined> {
  const routes: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
    'events/emit': async (body) => {
      if (typeof body.eventType !== 'string') throw new FeishuError('eventType is required (a string, e.g. "im.message.receive_v1")');
      return { delivery: await deps.events.emit(body.eventType, body.partial as never) };
    },
    'events/verify-url': async (body) => ({ delivery: await deps.events.verifyUrl(body.target === 'card' ? 'card' : 'event') }),
    'users/send-message': async (body) => deps.users.sendMessage(body as never),
    'cards/click': async (body) => ({ delivery: await deps.cards.click(body as never) }),
  };
  return async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(CONTROL_PREFIX)) return undefined;
    const name = url.pathname.slice(CONTROL_PREFIX.length);
    if (name === 'deliveries') {
      if (request.method !== 'GET') return refuse(405, 'GET /__mock/deliveries');
      const eventType = url.searchParams.get('eventType');
      const kind = url.searchParams.get('kind');
      return json(200, { deliveries: deps.events.deliveries.filter((d) => (!eventType || d.eventType === eventType) && (!kind || d.kind === kind)) });
    }
    const route = routes[name];
    if (!route) return refuse(404, `no control route ${url.pathname}; see the mock's docs (POST /__mock/events/emit, /__mock/events/verify-url, /__mock/users/send-message, /__mock/cards/click; GET /__mock/deliveries)`);
    if (request.method !== 'POST') return refuse(405, `POST ${url.pathname}`);
    const bytes = await readCapped(request.body, MAX_CONTROL_BODY);
    if (bytes === undefined) return refuse(413, `the body is larger than ${MAX_CONTROL_BODY} bytes`);
    const text = new TextDecoder().decode(bytes);
    let body: unknown;
    try {
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return refuse(400, 'the body is not JSON');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return refuse(400, 'the body must be a JSON object');
    try {
      return json(200, await route(body as Record<string, unknown>));
    } catch (error) {
      if (error instanceof FeishuContractError) return refuse(400, error.message, { errors: error.errors });
      if (error instanceof FeishuError) return refuse(400, error.message);
      throw error;
    }
  };
}
