// Compile-only test (checked by `npm run typecheck`): the generated event types (schemas/events/ →
// generated/event-types.d.ts, generated/events.d.ts) type an envelope by its event_type, the card
// callback's answer as a union, and the event table's rows.
import type { CardActionTriggerResponse, EventEnvelopeMap, EventType, EventV1, LegacyCardAction, UrlVerification, EncryptedEvent } from '../../generated/events.js';
import { events, eventBodies } from '../../generated/events.js';

const receive: EventEnvelopeMap['im.message.receive_v1'] = {
  schema: '2.0',
  header: { event_id: 'e1', event_type: 'im.message.receive_v1', create_time: '1608725989000', token: 't', app_id: 'cli_1', tenant_key: 'k' },
  event: {
    sender: { sender_id: { open_id: 'ou_1' }, sender_type: 'user' },
    message: { message_id: 'om_1', create_time: '1', chat_id: 'oc_1', chat_type: 'group', message_type: 'text', content: '{"text":"hi"}' },
  },
};
// A handler gets the typed envelope of its event type.
function on<T extends EventType>(type: T, handler: (envelope: EventEnvelopeMap[T]) => void): void { void type; void handler; }
on('im.chat.member.user.added_v1', (e) => { const chat: string = e.event.chat_id; const users: unknown[] = e.event.users; void chat; void users; });
on('card.action.trigger', (e) => { const who: string = e.event.operator.open_id; void who; });
// @ts-expect-error: not an event type.
on('im.message.receive_v2', () => undefined);
const answers: CardActionTriggerResponse[] = [{}, { toast: { type: 'success', content: 'done' } }, { card: { type: 'template', data: { template_id: 'AAqigYkzabcef' } } }];
// @ts-expect-error: the toast type is a closed enum.
const badToast: CardActionTriggerResponse = { toast: { type: 'danger', content: 'x' } };
// @ts-expect-error: an unknown key in the answer (the schema is closed).
const typo: CardActionTriggerResponse = { tost: {} };
const wrongHeader: EventEnvelopeMap['im.message.recalled_v1'] = {
  schema: '2.0',
  // @ts-expect-error: the header's event_type is the envelope's own type.
  header: { event_id: 'e1', event_type: 'im.message.receive_v1', create_time: '1', token: 't', app_id: 'cli_1', tenant_key: 'k' },
  event: { message_id: 'om_1' },
};
// @ts-expect-error: sender_id is a UserId object, not a string.
const stringId: EventEnvelopeMap['im.message.receive_v1']['event']['sender'] = { sender_id: 'ou_1', sender_type: 'user' };
const bodies: [UrlVerification, EncryptedEvent, EventV1, LegacyCardAction] = [
  { challenge: 'c', token: 't', type: 'url_verification' },
  { encrypt: 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=' },
  { uuid: 'u', token: 't', ts: '1502199207.7171419', type: 'event_callback', event: { type: 'add_bot' } },
  { open_id: 'ou_1', open_message_id: 'om_1', token: 'c-1', action: { tag: 'button', value: 'approve' } },
];
const schemaId: 'event.im.message.receive_v1' = events['im.message.receive_v1'].schemaId;
const answerId: 'event.card.action.trigger.response' = eventBodies['card.action.trigger.response'].schemaId;
void receive; void answers; void badToast; void typo; void wrongHeader; void stringId; void bodies; void schemaId; void answerId;
