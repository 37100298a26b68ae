// Issue 14.4: one error root. Everything the package throws is a FeishuError; the validators'
// ContractViolationError and the client's FeishuContractError are one class; JsapiError is a
// FeishuError; every client error names the operation it came from.
import { describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuApiError, FeishuContractError, FeishuError } from '../src/index.js';
import { assertValid, ContractViolationError, validate } from '../src/validators/index.js';
import { chooseChat, FeishuError as JsapiRoot, JsapiError } from '../src/jsapi/index.js';
import { sendJson, serversClosedAfterEach } from './helpers/loopback.js';

const server = serversClosedAfterEach();

describe('one error root', () => {
  it('assertValid throws a FeishuContractError, which ContractViolationError names too', () => {
    expect(ContractViolationError).toBe(FeishuContractError);
    let error: unknown;
    try {
      assertValid('listChats.query', { page_size: 500 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeishuContractError);
    expect(error).toBeInstanceOf(ContractViolationError);
    expect(error).toBeInstanceOf(FeishuError);
    expect(error).toMatchObject({ schemaId: 'listChats.query', errors: [{ path: '/page_size', keyword: 'maximum' }] });
  });

  it('an unknown schema id is a FeishuError', () => {
    expect(() => validate('nope' as never, {})).toThrow(FeishuError);
  });

  it('a JsapiError is a FeishuError (the same class the jsapi entry exports)', async () => {
    expect(JsapiRoot).toBe(FeishuError);
    const error = await chooseChat({}, { tt: {} as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JsapiError);
    expect(error).toBeInstanceOf(FeishuError);
  });

  it('every client error names its operationId', async () => {
    const s = await server((_, res) => sendJson(res, 400, { code: 232001, msg: 'bad' }));
    const client = createFeishuClient({ baseUrl: s.url, auth: { accessToken: 't-x' }, retry: false });
    const apiError = await client.chats.search({ query: 'x' }).catch((e: unknown) => e);
    expect(apiError).toBeInstanceOf(FeishuApiError);
    expect(apiError).toMatchObject({ operationId: 'searchChats' });
    const contractError = await client.chats.list({ page_size: 500 }).catch((e: unknown) => e);
    expect(contractError).toMatchObject({ operationId: 'listChats', schemaId: 'listChats.query' });
  });
});
