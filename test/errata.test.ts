// Where the official docs contradict themselves, the contract records the decision in x-erratum.
// Each recorded erratum has a test here that pins the decision; a new erratum without one fails.
import { describe, expect, it } from 'vitest';
import { validate } from '../src/validators/index.js';
import { documents, openapi } from './helpers/contract.js';

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
};

const found = [
  ...[...documents.entries()].filter(([id]) => id.includes('/schemas/')).flatMap(([id, doc]) => errataIn(doc, '').map((p) => `schemas/${id.split('/schemas/')[1]}#${p}`)),
  ...errataIn(openapi.components, '/components').map((p) => `openapi#${p}`),
];

describe('doc errata', () => {
  it('every recorded erratum has a test, and every test an erratum', () => {
    expect(found.sort()).toEqual(Object.keys(decisions).sort());
  });
  it.each(Object.entries(decisions))('%s', (_, check) => check());
});
