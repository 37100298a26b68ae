// Where the official docs contradict themselves, the contract records the decision in x-erratum.
// Each recorded erratum has a test here that pins the decision; a new erratum without one fails.
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../src/contract-facts.js';
import { validate } from '../src/validators/index.js';
import { operations as tableOps } from '../generated/operations.js';
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
  // --- issue 24: the message lifecycle (§12 of feishu-messages.md) ---
  'openapi#/components/schemas/Message': () => {
    // §12 #10: body and body.content are optional, so a recalled message validates as history and get answer it.
    const recalled = (body: unknown) => ({ code: 0, msg: 'success', data: { items: [{ message_id: 'om_1', deleted: true, body }] } });
    expect(validate('getMessage.response', recalled({})).valid).toBe(true);
    expect(validate('listMessages.response', { code: 0, msg: 'success', data: { has_more: false, items: [{ message_id: 'om_1', deleted: true, body: { content: 'This message was recalled' } }] } }).valid).toBe(true);
  },
  'openapi#/components/schemas/EmojiType': () => {
    const known = openapi.components.schemas.EmojiType['x-known-values'] as string[];
    expect(known.length).toBe(182);
    expect(known).toContain('Typing');
    expect(known).not.toContain('PROCESSING');
    // The type stays open: the list grows, so a name added later still validates.
    expect(validate('createReaction.body', { reaction_type: { emoji_type: 'SomeFutureEmoji' } }).valid).toBe(true);
  },
  'openapi#/components/schemas/MessageReactionPage': () => {
    expect(validate('listReactions.response', { code: 0, msg: 'success', data: { items: [], has_more: false } }).valid).toBe(true);
    expect(validate('listReactions.response', { code: 0, msg: 'success', data: { items: [] } }).valid).toBe(false);
  },
  'openapi#/components/schemas/AddChatMembersRequest': () => {
    expect(validate('addChatMembers.body', { id_list: [] }).valid).toBe(false);
    expect(validate('addChatMembers.body', {}).valid).toBe(false);
    expect(validate('addChatMembers.body', { id_list: ['ou_7d8a6e6df7621556ce0d21922b676706ccs'] }).valid).toBe(true);
  },
  'openapi#/components/schemas/CreateChatRequest/properties/chat_mode': () => {
    expect(validate('createChat.body', { chat_mode: 'topic' }).valid).toBe(true);
    expect(validate('createChat.body', { chat_mode: 'p2p' }).valid).toBe(false);
  },
  'openapi#/components/schemas/UpdateCardByTokenRequest/properties/card': () => {
    const card = (bytes: number) => ({ token: 'c-1', card: { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'x'.repeat(bytes) } }] } });
    expect(validate('updateCardByToken.body', card(29 * 1024)).valid).toBe(true);
    expect(validate('updateCardByToken.body', card(30 * 1024))).toMatchObject({ valid: false, errors: [{ path: '/card', keyword: 'x-maxSerializedBytes' }] });
  },
  'openapi#/components/schemas/UpdateCardByTokenRequest/properties/card/properties/open_ids': () => {
    expect(validate('updateCardByToken.body', { token: 'c-1', card: { open_ids: ['ou_1'], elements: [] } }).valid).toBe(true);
    expect(validate('updateCardByToken.body', { token: 'c-1', card: { open_ids: 'ou_1', elements: [] } }).valid).toBe(false);
  },
  'openapi#/components/parameters/CardMsgContentType': () => {
    expect(openapi.components.parameters.CardMsgContentType.schema['x-known-values']).toEqual(['user_card_content', 'raw_card_content']);
    expect(validate('getMessage.query', { card_msg_content_type: 'raw_card_content' }).valid).toBe(true);
  },
  'openapi#createChat': () => {
    expect(tableOps.createChat.tokenTypes).toEqual(['tenant', 'user']);
    expect(operationById('createChat')['x-scopes'].userTokenAnyOf).toEqual(['im:chat:create_by_user']);
    const example = operationById('createChat').responses['200'].content['application/json'].examples.doc;
    const value = example.value ?? openapi.components.examples[example.$ref.split('/').pop()].value;
    expect(value.data.add_member_permission).toBe('all_members');
    expect(validate('createChat.response', value).valid).toBe(true);
    expect(validate('createChat.response', { ...value, data: { ...value.data, add_member_permission: 'all members' } }).valid).toBe(false);
  },
  'openapi#addChatMembers': () => {
    // §12 #16: one member_id_type per call; the mock refuses a cli_ id sent as an open_id (tested in messages.test.ts).
    expect(validate('addChatMembers.query', { member_id_type: 'app_id' }).valid).toBe(true);
    expect(validate('addChatMembers.query', { member_id_type: 'mixed' }).valid).toBe(false);
  },
  'openapi#listMessages': () => {
    expect(tableOps.listMessages.tokenTypes).toEqual(['tenant', 'user']);
    expect(operationById('listMessages')['x-scopes'].userTokenAnyOf).toContain('im:message.group_msg:get_as_user');
  },
  'openapi#getMessage': () => expect(tableOps.getMessage.tokenTypes).toEqual(['tenant', 'user']),
  'openapi#replyMessage': () => {
    expect(tableOps.replyMessage.tokenTypes).toEqual(['tenant', 'user']);
    const uuid = operationById('replyMessage').requestBody.content['application/json'].examples.threadReply.value.uuid;
    expect(uuid).toBe('a0d69e20-1dd1-458b-k525-dfeca4015204');
    // 50 characters, counted as characters: the doc's 49-character Chinese instruction (75 UTF-8 bytes) fits.
    expect(validate('replyMessage.body', { msg_type: 'text', content: '{"text":"x"}', uuid: '选填，每次调用前请更换，如a0d69e20-1dd1-458b-k525-dfeca4015204' }).valid).toBe(true);
    expect(validate('replyMessage.body', { msg_type: 'text', content: '{"text":"x"}', uuid: 'x'.repeat(51) }).valid).toBe(false);
  },
  'openapi#patchMessage': () => {
    // §12 #8, #9 and the doc example: the card example declares update_multi; the mock's choices are tested in messages.test.ts.
    const example = JSON.parse(operationById('patchMessage').requestBody.content['application/json'].examples.cardJson.value.content);
    expect(example.config).toEqual({ update_multi: true });
    expect(validate('patchMessage.body', { content: '{"type":"card","data":{"card_id":"7355"}}' }).valid).toBe(false);
  },
  'openapi#createReaction': () => {
    // §12 #17: a repeat is idempotent — the mock answers the existing reaction (tested in messages.test.ts); the description says so.
    expect(operationById('createReaction').description).toContain('same `reaction_id`');
  },
  'openapi#deleteReaction': () => {
    const example = openapi.components.examples.DeleteReactionDoc.value;
    expect(validate('deleteReaction.response', example).valid).toBe(true);
  },
  'openapi#uploadImage': () => {
    expect(tableOps.uploadImage.tokenTypes).toEqual(['tenant']);
    expect(tableOps.uploadImage.observedTokenTypes).toEqual(['user']);
  },
  'openapi#uploadFile': () => expect(tableOps.uploadFile.observedTokenTypes).toEqual(['user']),
  'openapi#updateCardByToken': () => {
    expect(tableOps.updateCardByToken.callbackToken).toEqual({ feishu: 2, lark: 3, lifetimeMinutes: 30 });
    // Its own codes (the card and token ones, not the platform's shared 429) are answered with HTTP 400.
    const own = tableOps.updateCardByToken.errorCodes.filter((e) => e.code < 1_000_000);
    expect(own.map((e) => e.code)).toEqual(expect.arrayContaining([300020, 300030, 300040, 300090, 100000, 200310]));
    expect(own.every((e) => e.httpStatus === 400)).toBe(true);
  },
  // --- issue 25: the long connection (the mock's answers: test/longconn.test.ts) ---
  'openapi#getLongConnectionEndpoint': () => {
    expect(errorCodes.longConnectionNoCredential).toMatchObject({ code: 1000040344, httpStatus: 200, retryable: false });
    expect(errorCodes.longConnectionCredentialsInvalid).toMatchObject({ code: 1000040345, httpStatus: 200, retryable: false });
  },
  'schemas/longconn/ack.json#': () => {
    expect(validate('longconn.ack', { code: 200 }).valid).toBe(true); // an event's ACK may carry no data
    expect(validate('longconn.ack', { code: 200, data: 'e30=' }).valid).toBe(true); // {} for a card click
    expect(validate('longconn.ack', { code: 200, data: '{}' }).valid).toBe(false); // data is base64, not JSON
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
