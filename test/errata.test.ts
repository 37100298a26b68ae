// Where the official docs contradict themselves, the contract records the decision in x-erratum.
// Each recorded erratum has a test here that pins the decision; a new erratum without one fails.
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../src/contract-facts.js';
import { validate } from '../src/validators/index.js';
import { documents, openapi } from './helpers/contract.js';
import { eventErrata } from './helpers/event-errata.js';

function errataIn(node: any, where: string, out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out;
  if (node['x-erratum']) out.push(where);
  for (const [key, value] of Object.entries(node)) if (key !== 'x-erratum') errataIn(value, `${where}/${key}`, out);
  return out;
}

const card = { msg_type: 'interactive', card: { elements: [] } };
const sendOk = (info: unknown) => ({ errMsg: 'sendMessageCard:ok', sendCardInfo: [info] });

/** Erratum location → the decision it records, as assertions. */
const decisions: Record<string, () => void> = {
  'schemas/jsapi/sendMessageCard.input.json#/properties/openChatIDs': () => {
    expect(validate('sendMessageCard.input', { openChatIDs: ['chatID1', 'chatID2'], cardContent: card }).valid).toBe(false);
    expect(validate('sendMessageCard.input', { openChatIDs: ['oc_a8a2a40a61589ec720f709bd45a2a9eb'], cardContent: card }).valid).toBe(true);
  },
  'schemas/jsapi/sendMessageCard.input.json#/properties/openIDs': () => {
    expect(validate('sendMessageCard.input', { openIDs: ['openID1', 'openID2'], cardContent: card }).valid).toBe(false);
    expect(validate('sendMessageCard.input', { openIDs: ['ou_7d8a6e6df7621556ce0d21922b676706'], cardContent: card }).valid).toBe(true);
  },
  'schemas/jsapi/sendMessageCard.input.json#': () => {
    // cardContent is required although the table says optional (error -3).
    expect(validate('sendMessageCard.input', { openChatIDs: ['oc_1'] })).toMatchObject({ valid: false, errors: [{ path: '/cardContent', keyword: 'required' }] });
    // openIDs and triggerCode are targets on their own.
    expect(validate('sendMessageCard.input', { triggerCode: 'abc', cardContent: card }).valid).toBe(true);
    expect(validate('sendMessageCard.input', { openIDs: ['ou_1'], cardContent: card }).valid).toBe(true);
  },
  'schemas/jsapi/sendMessageCard.success.json#/properties/sendCardInfo': () => {
    expect(validate('sendMessageCard.success', { errMsg: 'sendMessageCard:ok', sendCardInfo: ['om_1'] }).valid).toBe(false);
    expect(validate('sendMessageCard.success', sendOk({ status: 0, openChatId: 'oc_1', openMessageId: 'om_1' })).valid).toBe(true);
  },
  'schemas/jsapi/sendMessageCard.success.json#/$defs/SendCardInfo/properties/openChatId': () => {
    expect(validate('sendMessageCard.success', sendOk({ status: 0, openChatId: 12345 })).valid).toBe(false);
    expect(validate('sendMessageCard.success', sendOk({ status: 0, openChatId: 'oc_a8a2a40a61589ec720f709bd45a2a9eb' })).valid).toBe(true);
  },
  'schemas/jsapi/sendMessageCard.fail.json#/properties/additionalMessageInfo': () => {
    const fail = (info: unknown) => ({ errMsg: 'sendMessageCard:fail', errCode: 42406, additionalMessageInfo: [info] });
    expect(validate('sendMessageCard.fail', fail('some message')).valid).toBe(false);
    expect(validate('sendMessageCard.fail', fail({ status: 1, openChatId: 42, message: 'x' })).valid).toBe(false);
    expect(validate('sendMessageCard.fail', fail({ status: 1, openChatId: 'oc_1', message: 'om_1' })).valid).toBe(true);
  },
  'openapi#/components/schemas/ChatPage/properties/page_token': () => {
    const page = (data: object) => ({ code: 0, msg: 'success', data: { items: [], ...data } });
    expect(validate('listChats.response', page({ has_more: false, page_token: 'dmJC' })).valid).toBe(true);
    expect(validate('listChats.response', page({ has_more: false, page_token: '' })).valid).toBe(true);
    expect(validate('listChats.response', page({ has_more: false })).valid).toBe(true);
    expect(validate('listChats.response', page({ page_token: 'dmJC' })).valid).toBe(false); // has_more decides, so it must be there
  },
  'schemas/card/v2.json#': () => {
    // fallback and i18n_header are tolerated at the 2.0 root (official 2.0 samples carry them) …
    expect(validate('card.v2', { schema: '2.0', fallback: {}, i18n_header: { en_us: { title: { tag: 'plain_text', content: 'T' } } } }).valid).toBe(true);
    // … while the root stays closed otherwise.
    expect(validate('card.v2', { schema: '2.0', elements: [] }).valid).toBe(false);
  },
  'openapi#/components/examples/Error232034': () => {
    for (const msg of ['The app is unavailable or inactivated by the tenant.', 'The app is unavailable or inactivate in the tenant.']) {
      expect(validate('errorResponse', { code: 232034, msg }).valid).toBe(true);
    }
  },
  // --- issue 15: the chat resource, sending, chat search v2 ---
  'schemas/message/media.json#/properties/image_key': () => {
    const send = (content: object) => ({ receive_id: 'oc_1', msg_type: 'media', content: JSON.stringify(content) });
    expect(validate('createMessage.body' as never, send({ file_key: 'file_v2_1' })).valid).toBe(true);
    expect(validate('createMessage.body' as never, send({ image_key: 'img_1' })).valid).toBe(false); // the video itself stays required
  },
  'openapi#/components/schemas/Chat': () => {
    const chat = (data: object) => ({ code: 0, msg: 'success', data });
    expect(validate('getChat.response' as never, chat({ name: 'x', avatar: 'https://example.com/a.png', user_count: '3', bot_count: '0', chat_status: 'normal' })).valid).toBe(true);
    expect(validate('getChat.response' as never, chat({ avatar: 'https://example.com/a.png' })).valid).toBe(true);
    expect(validate('getChat.response' as never, chat({})).valid).toBe(true);
    expect(validate('getChat.response' as never, { code: 0, msg: 'success' }).valid).toBe(false); // data itself is still required
  },
  'openapi#/components/schemas/ChatMemberPage/properties/page_token': () => {
    const page = (data: object) => ({ code: 0, msg: 'success', data });
    expect(validate('listChatMembers.response' as never, page({ has_more: false, page_token: '' })).valid).toBe(true);
    expect(validate('listChatMembers.response' as never, page({ has_more: false })).valid).toBe(true);
    expect(validate('listChatMembers.response' as never, page({ page_token: 'dmJC' })).valid).toBe(false); // has_more decides
  },
  'openapi#/components/schemas/SearchChatsV2Page/properties/page_token': () => {
    const page = (data: object) => ({ code: 0, msg: 'success', data: { items: [], ...data } });
    expect(validate('searchChatsV2.response' as never, page({ has_more: false, page_token: '' })).valid).toBe(true);
    expect(validate('searchChatsV2.response' as never, page({ has_more: false })).valid).toBe(true);
    expect(validate('searchChatsV2.response' as never, page({ page_token: 'eVQr' })).valid).toBe(false);
  },
  'openapi#/components/schemas/Message/properties/create_time': () => {
    const message = (create_time: unknown) => ({ code: 0, msg: 'success', data: { message_id: 'om_1', create_time } });
    expect(validate('createMessage.response' as never, message('1615380573411')).valid).toBe(true);
    expect(validate('createMessage.response' as never, message(1615380573411)).valid).toBe(true);
    expect(validate('createMessage.response' as never, message('2021-03-10T12:49:33Z')).valid).toBe(false);
  },
  'openapi#/components/schemas/SearchChatsV2Request/properties/query': () => {
    expect(validate('searchChatsV2.body' as never, { query: 'x'.repeat(51) }).valid).toBe(true);
    expect(validate('searchChatsV2.body' as never, { query: 'x'.repeat(65) }).valid).toBe(true);
    expect(validate('searchChatsV2.body' as never, { query: 42 }).valid).toBe(false);
  },
  'openapi#/components/schemas/SearchChatsV2Request/properties/filter/properties/search_types': () => {
    expect(validate('searchChatsV2.body' as never, { filter: { search_types: ['public_not_joined'] } }).valid).toBe(true);
    expect(validate('searchChatsV2.body' as never, { filter: { search_types: ['public_unjoined'] } }).valid).toBe(false);
  },
  'openapi#/components/schemas/SearchChatsV2Request/properties/filter/properties/member_ids': () => {
    const ids = (n: number) => ({ filter: { member_ids: Array.from({ length: n }, (_, i) => `ou_${i}`) } });
    expect(validate('searchChatsV2.body' as never, ids(51)).valid).toBe(true);
    expect(validate('searchChatsV2.body' as never, ids(500)).valid).toBe(true);
    expect(validate('searchChatsV2.body' as never, ids(501)).valid).toBe(false);
  },
  'openapi#createMessage': () => {
    const op = operationById('createMessage');
    expect(op.security).toEqual([{ tenantAccessToken: [] }, { userAccessToken: [] }]);
    expect(op['x-scopes'].userTokenAllOf).toEqual(['im:message', 'im:message.send_as_user']);
  },
  'openapi#createMessage/x-error-codes/1': () => {
    expect(errorCodes.botNotInChat).toMatchObject({ code: 230002, httpStatus: 400, msg: 'Bot/User can NOT be out of the chat.' });
    expect(validate('errorResponse', { code: 230002, msg: 'The bot can not be outside the group.' }).valid).toBe(true);
  },
  // --- issue 23: events and callbacks (schemas/events/) ---
  ...eventErrata,
};

function operationById(operationId: string): any {
  for (const item of Object.values<any>(openapi.paths)) for (const op of Object.values<any>(item)) if (op.operationId === operationId) return op;
  throw new Error(`no operation ${operationId}`);
}

// Schema files that the bundle copies into components (they name their file in x-json-schema-id) are found once, under schemas/.
const bundledCopies = new Set(Object.entries<any>(openapi.components.schemas).filter(([, s]) => s['x-json-schema-id']).map(([name]) => `/components/schemas/${name}`));
const operations = Object.values<any>(openapi.paths).flatMap((item) => Object.values<any>(item)).filter((op) => op.operationId);

const found = [
  ...[...documents.entries()].filter(([id]) => id.includes('/schemas/')).flatMap(([id, doc]) => errataIn(doc, '').map((p) => `schemas/${id.split('/schemas/')[1]}#${p}`)),
  ...errataIn(openapi.components, '/components').filter((p) => ![...bundledCopies].some((c) => p === c || p.startsWith(`${c}/`))).map((p) => `openapi#${p}`),
  ...operations.flatMap((op) => errataIn(op, '').map((p) => `openapi#${op.operationId}${p}`)),
];

describe('doc errata', () => {
  it('every recorded erratum has a test, and every test an erratum', () => {
    expect(found.sort()).toEqual(Object.keys(decisions).sort());
  });
  it.each(Object.entries(decisions))('%s', (_, check) => check());
});
