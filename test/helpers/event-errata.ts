// The errata of schemas/events/ (issue 23): each decision the event schemas record in x-erratum,
// pinned by assertions. test/errata.test.ts requires one entry per recorded erratum.
import { expect } from 'vitest';
import { events } from '../../generated/events.js';
import { validate } from '../../src/validators/index.js';

const U = { open_id: 'ou_84aad35d084aa403a838cf73ee18467' };
const header = (event_type: string, extra: object = {}) => ({ event_id: 'e1', event_type, create_time: '1608725989000', token: 't', app_id: 'cli_1', tenant_key: 'k', ...extra });
const receive = (message: object, sender: object = { sender_id: U, sender_type: 'user' }) => ({
  schema: '2.0',
  header: header('im.message.receive_v1'),
  event: { sender, message: { message_id: 'om_1', create_time: '1609073151345', chat_id: 'oc_1', chat_type: 'group', message_type: 'text', content: '{"text":"hi"}', ...message } },
});
const click = (event: object) => ({ schema: '2.0', header: header('card.action.trigger'), event: { operator: { open_id: 'ou_1' }, action: { tag: 'button' }, ...event } });
const reaction = (type: string, event: object) => ({ schema: '2.0', header: header(type), event: { message_id: 'om_1', reaction_type: { emoji_type: 'SMILE' }, ...event } });
const ok = (id: string, data: unknown) => expect(validate(id as never, data).valid, `${id} accepts ${JSON.stringify(data).slice(0, 120)}`).toBe(true);
const bad = (id: string, data: unknown, path: string) => expect(validate(id as never, data)).toMatchObject({ valid: false, errors: expect.arrayContaining([expect.objectContaining({ path })]) });

const reactionDecision = (type: string) => () => {
  const id = `event.${type}`;
  bad(id, reaction(type, { operator_type: 'app/user', user_id: U }), '/event/operator_type'); // the doc example's placeholder
  ok(id, reaction(type, { operator_type: 'user', user_id: U }));
  bad(id, reaction(type, { operator_type: 'user' }), '/event/user_id'); // a user reaction names the user
  ok(id, reaction(type, { operator_type: 'app', app_id: 'cli_1' })); // an app's has app_id (Go SDK), never required
  ok(id, reaction(type, { operator_type: 'app' }));
};

const memberDecision = () => {
  // The Node SDK doc strings decide: deleted = left or removed; withdrawn = an add was revoked.
  expect(events['im.chat.member.user.deleted_v1'].summary).toMatch(/left .*or were removed/);
  expect(events['im.chat.member.user.withdrawn_v1'].summary).toMatch(/revoked/);
  expect(events['im.chat.member.user.withdrawn_v1'].summary).not.toMatch(/\bleft\b/);
};

export const eventErrata: Record<string, () => void> = {
  'schemas/events/common/Envelope.json#/$defs/Header/properties/create_time': () => {
    for (const create_time of ['1608725989000', '1603977298000000']) ok('event.im.message.receive_v1', { ...receive({}), header: header('im.message.receive_v1', { create_time }) });
    for (const create_time of [1608725989000, '2020-12-23T12:19:49Z', '1608725989.5']) bad('event.im.message.receive_v1', { ...receive({}), header: header('im.message.receive_v1', { create_time }) }, '/header/create_time');
  },
  'schemas/events/common/ReceivedMessage.json#/properties/chat_type': () => {
    for (const chat_type of ['p2p', 'group', 'topic_group']) ok('event.im.message.receive_v1', receive({ chat_type }));
    bad('event.im.message.receive_v1', receive({ chat_type: 'topic' }), '/event/message/chat_type');
  },
  'schemas/events/im.message.receive_v1.json#/properties/event/properties/sender/properties/sender_type': () => {
    ok('event.im.message.receive_v1', receive({}, { sender_id: U, sender_type: 'app' })); // a bot sender is not refused
    bad('event.im.message.receive_v1', receive({}, { sender_id: U, sender_type: 'bot' }), '/event/sender/sender_type');
  },
  'schemas/events/im.message.receive_v1.json#': () => {
    expect(events['im.message.receive_v1'].dedupKeys).toEqual(['/header/event_id', '/event/message/message_id']);
    for (const [type, entry] of Object.entries(events)) if (type !== 'im.message.receive_v1') expect(entry.dedupKeys, type).toEqual(['/header/event_id']);
  },
  'schemas/events/content/post.json#': () => {
    const post = (content: object) => receive({ message_type: 'post', content: JSON.stringify(content) });
    ok('event.im.message.receive_v1', post({ title: 'T', content: [[{ tag: 'text', text: 'a' }]] })); // as received (the receive page)
    ok('event.im.message.receive_v1', post({ zh_cn: { title: 'T', content: [[{ tag: 'text', text: 'a' }]] } })); // wrapped (the Node SDK's tests)
    bad('event.im.message.receive_v1', post({ post: { zh_cn: { content: [] } } }), '/event/message/content'); // the legacy batch wrapper is neither
    bad('event.im.message.receive_v1', post({ title: 'T' }), '/event/message/content');
  },
  'schemas/events/common/CardAction.json#/properties/value': () => {
    for (const value of [{ k: 'v' }, 'approve']) {
      ok('event.card.action.trigger', click({ action: { tag: 'button', value } }));
      ok('event.legacy.card_action', { open_id: 'ou_1', open_message_id: 'om_1', token: 'c-1', action: { tag: 'button', value } });
    }
    for (const value of [1, ['a'], true, null]) bad('event.card.action.trigger', click({ action: { tag: 'button', value } }), '/event/action/value');
  },
  'schemas/events/card.action.trigger.json#/properties/event/properties/operator/properties/user_id': () => {
    ok('event.card.action.trigger', click({ operator: { open_id: 'ou_1' } }));
    ok('event.card.action.trigger', click({ operator: { open_id: 'ou_1', user_id: '867xxxxx' } }));
    bad('event.card.action.trigger', click({ operator: { user_id: '867xxxxx' } }), '/event/operator/open_id');
  },
  'schemas/events/card.action.trigger.response.json#/properties/card/properties/data': () => {
    const card = { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'x' } }] };
    ok('event.card.action.trigger.response', { card: { type: 'raw', data: card } });
    ok('event.card.action.trigger.response', { card: { type: 'raw', data: { schema: '2.0', body: { elements: [] } } } });
    bad('event.card.action.trigger.response', { card: { type: 'raw', data: JSON.stringify(card) } }, '/card/data');
    ok('event.card.action.trigger.response', { card: { type: 'template', data: { template_id: 'AAqigYkzabcef' } } });
  },
  'schemas/events/common/Toast.json#/properties/i18n': () => {
    ok('event.card.action.trigger.response', { toast: { type: 'info', content: 'x', i18n: { zh_cn: '好', en_us: 'ok' } } });
    bad('event.card.action.trigger.response', { toast: { type: 'info', content: 'x', i_18_n_content: { zh_cn: '好' } } }, '/toast/i_18_n_content');
  },
  'schemas/events/im.message.reaction.created_v1.json#/properties/event/properties/operator_type': reactionDecision('im.message.reaction.created_v1'),
  'schemas/events/im.message.reaction.deleted_v1.json#/properties/event/properties/operator_type': reactionDecision('im.message.reaction.deleted_v1'),
  'schemas/events/im.chat.member.user.deleted_v1.json#': memberDecision,
  'schemas/events/im.chat.member.user.withdrawn_v1.json#': memberDecision,
  'schemas/events/legacy.card_action.json#/properties/user_id': () => {
    const legacy = (user_id: unknown) => ({ open_id: 'ou_1', user_id, open_message_id: 'om_1', token: 'c-1', action: { tag: 'button' } });
    ok('event.legacy.card_action', legacy('eu_sd923r0sdf5'));
    bad('event.legacy.card_action', legacy({ user_id: 'eu_sd923r0sdf5' }), '/user_id');
  },
};
