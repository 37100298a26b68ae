import { describe, expect, it } from 'vitest';
import { chooseChat, createJsapi, getChatInfo, JsapiError, sendMessageCard } from '../src/jsapi/index.js';
import { createFakeTt, demoDataset } from '../src/mock/index.js';

const dataset = demoDataset();
const me = dataset.users[0]!.openId;
const group = dataset.chats.find((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(me))!;
const card = { msg_type: 'interactive' as const, card: { elements: [] } };

/** A tt that records whether it was called at all. */
function spyTt() {
  const fake = createFakeTt({ dataset });
  let called = 0;
  const tt = {
    chooseChat: (p: Parameters<typeof fake.chooseChat>[0]) => { called += 1; fake.chooseChat(p); },
    getChatInfo: (p: Parameters<typeof fake.getChatInfo>[0]) => { called += 1; fake.getChatInfo(p); },
    sendMessageCard: (p: Parameters<typeof fake.sendMessageCard>[0]) => { called += 1; fake.sendMessageCard(p); },
  };
  return { fake, tt, get called() { return called; } };
}

describe('typed tt wrappers', () => {
  it('resolve with the success object', async () => {
    const api = createJsapi(createFakeTt({ dataset }));
    const res = await sendMessageCard({ openChatIDs: [group.chatId], cardContent: card }, { tt: createFakeTt({ dataset }) });
    expect(res.errMsg).toBe('sendMessageCard:ok');
    expect(res.sendCardInfo?.[0]?.openChatId).toBe(group.chatId);
    const info = await api.getChatInfo({ openChatId: group.chatId, chatType: 1 });
    expect(info.name).toBe(group.name);
  });

  it('reject a cancel with a JsapiError that says cancelled', async () => {
    const tt = createFakeTt({ dataset });
    tt.choose('cancel', 'cancel');
    const error = await chooseChat({}, { tt }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JsapiError);
    expect(error).toMatchObject({ api: 'chooseChat', errMsg: 'chooseChat:fail cancel', cancelled: true });
    const sendError = await sendMessageCard({ shouldChooseChat: true, cardContent: card }, { tt }).catch((e: JsapiError) => e);
    expect(sendError).toMatchObject({ errCode: -6, cancelled: true, meaning: { code: -6, title: 'user cancelled' } });
  });

  it('catch a misspelt key before tt is called, naming it', async () => {
    const spy = spyTt();
    // @ts-expect-error openChatIds is not a key of the contract (openChatIDs is)
    const error = await sendMessageCard({ openChatIds: [group.chatId], cardContent: card }, { tt: spy.tt }).then(() => undefined, (e: JsapiError) => e);
    expect(spy.called).toBe(0);
    expect(error).toBeInstanceOf(JsapiError);
    expect(error!.violations.map((v) => v.message).join('\n')).toContain('openChatIds is not an allowed key');
  });

  it.each([
    [-2, { openChatIDs: Array.from({ length: 11 }, () => group.chatId), cardContent: card }],
    [-8, { openChatIDs: [me], cardContent: card }],
    [-3, { openChatIDs: [group.chatId] }],
  ])('map a broken input rule of sendMessageCard to its documented errCode %i, without calling tt', async (errCode, params) => {
    const spy = spyTt();
    const error = (await sendMessageCard(params as never, { tt: spy.tt }).then(() => undefined, (e: JsapiError) => e))!;
    expect(spy.called).toBe(0);
    expect(error.errCode).toBe(errCode);
    expect(error.meaning?.code).toBe(errCode);
    expect(error.message).toContain(`errCode ${errCode}`);
  });

  it('pass errno, errCode and errString through from a client fail', async () => {
    const tt = { getChatInfo: (p: { fail: (r: object) => void }) => setTimeout(() => p.fail({ errMsg: 'getChatInfo:fail no permission', errno: 103, errString: 'no permission' })) };
    const error = (await getChatInfo({ openChatId: group.chatId, chatType: 1 }, { tt: tt as never }).then(() => undefined, (e: JsapiError) => e))!;
    expect(error).toMatchObject({ errMsg: 'getChatInfo:fail no permission', errno: 103, errString: 'no permission', errCode: undefined, cancelled: false });
    expect(error.result).toEqual({ errMsg: 'getChatInfo:fail no permission', errno: 103, errString: 'no permission' });
  });

  it('reject clearly when there is no tt (outside the Feishu client), and when tt throws', async () => {
    await expect(chooseChat()).rejects.toThrow(/tt\.chooseChat is not available/);
    const throwing = { chooseChat: () => { throw new Error('boom'); } };
    await expect(chooseChat({}, { tt: throwing })).rejects.toThrow(/chooseChat:fail the client threw: boom/);
  });

  it('use the global tt by default', async () => {
    (globalThis as { tt?: unknown }).tt = createFakeTt({ dataset });
    try {
      const res = await chooseChat({ multiSelect: false });
      expect(res.data).toHaveLength(1);
    } finally {
      delete (globalThis as { tt?: unknown }).tt;
    }
  });
});
