import { describe, expect, it } from 'vitest';
import { createFakeTt, demoDataset, type FakeTt } from '../src/mock/index.js';
import { validate } from '../src/validators/index.js';
import type { CardContent } from '../src/jsapi/index.js';

/** Calls a fake tt API and resolves with which callback ran, its argument, and the callback order. */
function call<K extends 'chooseChat' | 'getChatInfo' | 'sendMessageCard'>(tt: FakeTt, api: K, params: Record<string, unknown>) {
  return new Promise<{ outcome: 'success' | 'fail'; res: any; order: string[] }>((resolve) => {
    const order: string[] = [];
    let outcome: 'success' | 'fail' = 'fail';
    let res: any;
    (tt[api] as (p: unknown) => void)({
      ...params,
      success: (r: unknown) => { order.push('success'); outcome = 'success'; res = r; },
      fail: (r: unknown) => { order.push('fail'); res = r; },
      complete: (r: unknown) => { order.push('complete'); expect(r).toBe(res); resolve({ outcome, res, order }); },
    });
  });
}

const dataset = demoDataset();
const me = dataset.users[0]!.openId;
const myGroups = dataset.chats.filter((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(me));
const card: CardContent = { msg_type: 'interactive', card: { elements: [{ tag: 'div', text: { tag: 'plain_text', content: 'hi' } }] } };

describe('createFakeTt: the standard callback protocol', () => {
  it('runs success then complete asynchronously, never synchronously', async () => {
    const tt = createFakeTt({ dataset });
    let sync = true;
    const done = call(tt, 'chooseChat', {});
    sync = false;
    const { outcome, res, order } = await done;
    expect(sync).toBe(false);
    expect(outcome).toBe('success');
    expect(order).toEqual(['success', 'complete']);
    expect(res.errMsg).toBe('chooseChat:ok');
    expect(validate('chooseChat.success', res)).toEqual({ valid: true });
  });

  it('a cancel in the picker is a fail "chooseChat:fail cancel"', async () => {
    const tt = createFakeTt({ dataset });
    tt.choose('cancel');
    const { outcome, res, order } = await call(tt, 'chooseChat', {});
    expect(outcome).toBe('fail');
    expect(order).toEqual(['fail', 'complete']);
    expect(res.errMsg).toBe('chooseChat:fail cancel');
    expect(validate('chooseChat.fail', res)).toEqual({ valid: true });
  });
});

describe('createFakeTt: chooseChat', () => {
  it('returns the scripted picks, typed as the contract says (userType only for p2p)', async () => {
    const p2p = dataset.chats.find((c) => c.mode === 'p2p' && c.members.includes(me))!;
    const tt = createFakeTt({ dataset });
    tt.choose([myGroups[0]!.chatId, p2p.chatId]);
    const { res } = await call(tt, 'chooseChat', { multiSelect: true });
    expect(res.data.map((d: any) => d.id)).toEqual([myGroups[0]!.chatId, p2p.chatId]);
    expect(res.data[0]).not.toHaveProperty('userType');
    expect(res.data[0].chatType).toBe(1);
    expect(res.data[1]).toMatchObject({ chatType: 0, userType: 0 });
  });

  it('gives the chooser the filtered candidates: selectType 1 = groups only, externalChat false drops external chats', async () => {
    const seen: any[] = [];
    const tt = createFakeTt({ dataset, chooser: (r) => { seen.push(r); return 'cancel'; } });
    await call(tt, 'chooseChat', { selectType: 1, externalChat: false });
    expect(seen[0].api).toBe('chooseChat');
    expect(seen[0].multiSelect).toBe(false);
    expect(seen[0].candidates.length).toBeGreaterThan(0);
    expect(seen[0].candidates.every((c: any) => c.mode !== 'p2p' && !c.external)).toBe(true);
    await call(tt, 'chooseChat', { selectType: 2 });
    expect(seen[1].candidates.every((c: any) => c.mode === 'p2p')).toBe(true);
  });

  it('without the group-info scope, leaves out name, i18nNames and avatarUrls', async () => {
    const tt = createFakeTt({ dataset, groupInfoScope: false });
    const { res } = await call(tt, 'chooseChat', {});
    expect(Object.keys(res.data[0]).sort()).toEqual(['chatType', 'id']);
  });

  it('rejects a misspelt key naming it, with a fail', async () => {
    const tt = createFakeTt({ dataset });
    const { outcome, res } = await call(tt, 'chooseChat', { multiselect: true });
    expect(outcome).toBe('fail');
    expect(res.errMsg).toMatch(/^chooseChat:fail invalid parameter: multiselect is not an allowed key/);
  });
});

describe('createFakeTt: getChatInfo', () => {
  it('answers a known chat with the contract success object', async () => {
    const chat = myGroups[0]!;
    const tt = createFakeTt({ dataset, badges: { [chat.chatId]: { badge: 3, atCount: 1 } } });
    const { outcome, res } = await call(tt, 'getChatInfo', { openChatId: chat.chatId, chatType: 1 });
    expect(outcome).toBe('success');
    expect(res).toMatchObject({ errMsg: 'getChatInfo:ok', name: chat.name, badge: 3, atCount: 1 });
    expect(validate('getChatInfo.success', res)).toEqual({ valid: true });
  });

  it('needs userType for a p2p chat (chatType 0), and fails on an unknown chat', async () => {
    const tt = createFakeTt({ dataset });
    const missing = await call(tt, 'getChatInfo', { openChatId: myGroups[0]!.chatId, chatType: 0 });
    expect(missing.res.errMsg).toMatch(/^getChatInfo:fail invalid parameter: .*userType is required/);
    const unknown = await call(tt, 'getChatInfo', { openChatId: 'oc_00000000000000000000000000000000', chatType: 1 });
    expect(unknown.res.errMsg).toMatch(/^getChatInfo:fail chat oc_0+ not found/);
  });
});

describe('createFakeTt: sendMessageCard', () => {
  it('sends to openChatIDs and records each card', async () => {
    const tt = createFakeTt({ dataset });
    const ids = [myGroups[0]!.chatId, myGroups[1]!.chatId];
    const { outcome, res } = await call(tt, 'sendMessageCard', { openChatIDs: ids, cardContent: card });
    expect(outcome).toBe('success');
    expect(res.sendCardInfo.map((i: any) => i.openChatId)).toEqual(ids);
    expect(res.sendCardInfo.every((i: any) => i.status === 0 && i.openMessageId.startsWith('om_'))).toBe(true);
    expect(tt.sentCards.map((c) => [c.openChatId, c.via])).toEqual(ids.map((id) => [id, 'openChatIDs']));
    expect(tt.sentCards[0]!.cardContent).toEqual(card);
  });

  it.each([
    ['no target at all', { cardContent: card }, -1],
    ['an empty openChatIDs', { openChatIDs: [], cardContent: card }, -1],
    ['11 openChatIDs', { openChatIDs: Array.from({ length: 11 }, () => myGroups[0]!.chatId), cardContent: card }, -2],
    ['no cardContent', { openChatIDs: [myGroups[0]!.chatId] }, -3],
    ['a card without msg_type', { openChatIDs: [myGroups[0]!.chatId], cardContent: { card: {} } }, -4],
    ['a card over 20 KB', { openChatIDs: [myGroups[0]!.chatId], cardContent: { ...card, card: { text: 'x'.repeat(21000) } } }, -4],
    ['an open_id in openChatIDs', { openChatIDs: [me], cardContent: card }, -8],
  ])('%s → errCode %i, nothing sent', async (_name, params, errCode) => {
    const tt = createFakeTt({ dataset });
    const { outcome, res } = await call(tt, 'sendMessageCard', params);
    expect(outcome).toBe('fail');
    expect(res.errCode).toBe(errCode);
    expect(res.errMsg).toMatch(/^sendMessageCard:fail /);
    expect(validate('sendMessageCard.fail', res)).toEqual({ valid: true });
    expect(tt.sentCards).toEqual([]);
  });

  it('shouldChooseChat wins over openChatIDs; a cancel is errCode -6', async () => {
    const tt = createFakeTt({ dataset });
    tt.choose([myGroups[2]!.chatId], 'cancel');
    const chosen = await call(tt, 'sendMessageCard', { shouldChooseChat: true, openChatIDs: [myGroups[0]!.chatId], cardContent: card });
    expect(chosen.res.sendCardInfo.map((i: any) => i.openChatId)).toEqual([myGroups[2]!.chatId]);
    expect(tt.sentCards[0]!.via).toBe('shouldChooseChat');
    const cancelled = await call(tt, 'sendMessageCard', { shouldChooseChat: true, cardContent: card });
    expect(cancelled.res).toMatchObject({ errMsg: 'sendMessageCard:fail user cancelled', errCode: -6 });
  });

  it('picker inside sendMessageCard is multi-select by default (its default differs from chooseChat)', async () => {
    const seen: boolean[] = [];
    const tt = createFakeTt({ dataset, chooser: (r) => { seen.push(r.multiSelect); return [r.candidates[0]!.chatId]; } });
    await call(tt, 'sendMessageCard', { shouldChooseChat: true, cardContent: card });
    await call(tt, 'chooseChat', {});
    expect(seen).toEqual([true, false]);
  });

  it('a chat the user is not in is reported in failedOpenChatIDs with errCode -5, beside what was sent', async () => {
    const outsider = dataset.chats.find((c) => c.mode !== 'p2p' && !c.members.includes(me))!;
    const tt = createFakeTt({ dataset });
    const { res } = await call(tt, 'sendMessageCard', { openChatIDs: [myGroups[0]!.chatId, outsider.chatId], cardContent: card });
    expect(res).toMatchObject({ errCode: -5, failedOpenChatIDs: [outsider.chatId] });
    expect(res.sendCardInfo).toHaveLength(1);
    expect(validate('sendMessageCard.fail', res)).toEqual({ valid: true });
  });

  it('openIDs send to the p2p chat with that user; triggerCode to the chat the gadget was opened from', async () => {
    const p2p = dataset.chats.find((c) => c.mode === 'p2p' && c.members.includes(me))!;
    const peer = p2p.members.find((m) => m !== me)!;
    const tt = createFakeTt({ dataset, triggerChatId: myGroups[3]!.chatId });
    await call(tt, 'sendMessageCard', { openIDs: [peer], cardContent: card });
    await call(tt, 'sendMessageCard', { triggerCode: 'trigger-1', cardContent: card });
    expect(tt.sentCards.map((c) => [c.openChatId, c.via])).toEqual([[p2p.chatId, 'openIDs'], [myGroups[3]!.chatId, 'triggerCode']]);
    expect(tt.calls.map((c) => c.outcome)).toEqual(['success', 'success']);
  });
});

describe('createFakeTt: issue 13.4', () => {
  it('types the callbacks with the contract (the @example and the README compile without a cast)', async () => {
    const tt = createFakeTt({ dataset });
    tt.choose('cancel');
    const errMsg = await new Promise<string>((resolve) => tt.chooseChat({ fail: (res) => resolve(res.errMsg) }));
    expect(errMsg).toBe('chooseChat:fail cancel');
    const sent = await new Promise<string | undefined>((resolve, reject) =>
      tt.sendMessageCard({ openChatIDs: [myGroups[0]!.chatId], cardContent: { ...card, msg_type: 'interactive' }, success: (res) => resolve(res.sendCardInfo?.[0]?.openMessageId), fail: reject }),
    );
    expect(sent).toMatch(/^om_/);
    const order: string[] = [];
    await new Promise<void>((resolve) =>
      tt.getChatInfo({ openChatId: myGroups[0]!.chatId, chatType: 1, success: (res) => order.push(`success ${typeof res.badge}`), complete: () => resolve() }),
    );
    expect(order).toEqual(['success number']);
  });

  it.each([
    ['an id that is not a candidate', [['oc_00000000000000000000000000000000']], /chooseChat:fail fake tt: the chooser picked "oc_0{32}", which is not among the \d+ candidates/],
    ['two chats without multiSelect', [[myGroups[0]!.chatId, myGroups[1]!.chatId]], /chooseChat:fail fake tt: the chooser picked 2 chats but chooseChat allows one/],
  ])('a queued answer the picker cannot give (%s) fails the call instead of throwing from a timer', async (_name, answers, message) => {
    const tt = createFakeTt({ dataset });
    tt.choose(...(answers as string[][]));
    const { outcome, res, order } = await call(tt, 'chooseChat', {});
    expect(outcome).toBe('fail');
    expect(order).toEqual(['fail', 'complete']);
    expect(res.errMsg).toMatch(message);
    expect(validate('chooseChat.fail', res)).toEqual({ valid: true });
  });

  it('feishu-chat-contract/fake-tt bundles for the browser with no Node built-in (./mock cannot)', async () => {
    const esbuild = await import('esbuild');
    const bundle = (entry: string) =>
      esbuild.build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const fakeTt = await bundle('src/mock/fake-tt-entry.ts');
    const imports = Object.values(fakeTt.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports.filter((p) => p.startsWith('node:'))).toEqual([]);
    expect(fakeTt.outputFiles[0]!.text).not.toMatch(/["']node:/);
    expect(fakeTt.outputFiles[0]!.text).toContain('createFakeTt');
    // The control: the full ./mock entry pulls in node:http, which a browser bundle cannot resolve.
    await expect(bundle('src/mock/index.ts')).rejects.toThrow(/node:/);
  });
});
