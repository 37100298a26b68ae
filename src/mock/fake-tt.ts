import { jsapiErrorCodeInfo, jsapiInputDefault, jsapiInputErrCode, jsapiOutcomeErrCode, type JsapiName } from '../contract-facts.js';
import type { SchemaTypes } from '../validators/schema-types.js';
import { validate } from '../validators/index.js';
import { FeishuContractError, FeishuError } from '../errors.js';
import { demoDataset, type MockChat, type MockDataset } from './data.js';

type Input<A extends JsapiName> = SchemaTypes[`${A}.input`];
type Success<A extends JsapiName> = SchemaTypes[`${A}.success`];
type Fail<A extends JsapiName> = SchemaTypes[`${A}.fail`];

/**
 * A call's parameters as the client takes them: the contract's input plus the standard callbacks,
 * typed with the contract's success and fail objects (the schema only says the callbacks may be present).
 */
export type FakeTtParams<A extends JsapiName> = Omit<Input<A>, 'success' | 'fail' | 'complete'> & {
  success?: (res: Success<A>) => void;
  fail?: (res: Fail<A>) => void;
  complete?: (res: Success<A> | Fail<A>) => void;
};

/** A scripted picker answer the picker could not give (not a candidate, too many): fails the call. */
/** A scripted chooser answer the picker could not give: the call fails with it (never a throw from a timer). */
class ChooserAnswerError extends FeishuError {}

/** What the scripted "user" is shown when a call opens the chat picker. */
export interface ChooserRequest {
  api: 'chooseChat' | 'sendMessageCard';
  /** The chats the picker lists, after the call's filters (externalChat, ignoreSelf, ignoreBot, selectType). */
  candidates: readonly MockChat[];
  multiSelect: boolean;
}

/** The user's answer: the chat ids picked (in order), or `'cancel'`. */
export type ChooserAnswer = readonly string[] | 'cancel';

/** A card the fake "sent", in send order. */
export interface SentCard {
  openChatId: string;
  openMessageId: string;
  cardContent: Input<'sendMessageCard'>['cardContent'];
  /** Which target rule picked the chat. */
  via: 'shouldChooseChat' | 'openChatIDs' | 'openIDs' | 'triggerCode';
}

/** One call the fake received, with what it answered. */
export interface FakeTtCall {
  api: JsapiName;
  params: unknown;
  outcome: 'success' | 'fail';
  result: Record<string, unknown>;
}

/** Options of {@link createFakeTt}; each has a default taken from the demo tenant. */
export interface FakeTtOptions {
  /** The tenant the fake client sees (default: {@link demoDataset}). */
  dataset?: MockDataset;
  /** open_id of the signed-in user (default: the dataset's first person). Chats come from their memberships. */
  userOpenId?: string;
  /**
   * The scripted picker: called whenever a call opens it. Default: picks the first candidate.
   * Return chat ids from `candidates`, or `'cancel'`. Per-call answers can also be queued with `choose()`.
   */
  chooser?: (request: ChooserRequest) => ChooserAnswer | Promise<ChooserAnswer>;
  /** Whether the app holds `im:chat.group_info:readonly`: without it names, i18nNames and avatars are left out (default true). */
  groupInfoScope?: boolean;
  /** The chat a `triggerCode` stands for (the chat the gadget was opened from). Default: the user's first group. */
  triggerChatId?: string;
  /** Unread counts and @-mention counts per chat id, for getChatInfo (default 0). */
  badges?: Record<string, { badge?: number; atCount?: number }>;
}

/** A stand-in for the Feishu client's `tt` global: the three chat APIs plus controls for tests. */
export interface FakeTt {
  chooseChat(params?: FakeTtParams<'chooseChat'>): void;
  getChatInfo(params: FakeTtParams<'getChatInfo'>): void;
  sendMessageCard(params: FakeTtParams<'sendMessageCard'>): void;
  /** Queues the picker's next answers (used before `chooser`): chat ids, or `'cancel'`. */
  choose(...answers: ChooserAnswer[]): void;
  /** Cards sent so far, in order. */
  readonly sentCards: SentCard[];
  /** Every call received, with what the fake answered. */
  readonly calls: FakeTtCall[];
}

const GROUP_INFO = ['name', 'i18nNames', 'avatarUrls'] as const;

/**
 * Creates a fake `tt` for front-end tests. It follows the client's protocol: callbacks run
 * asynchronously, `success` or `fail` then `complete`, with `errMsg` `"<api>:ok"` or
 * `"<api>:fail …"`. Inputs are checked against the contract first (sendMessageCard answers the
 * documented errCode, e.g. −1, −2, −3, −4, −8), and every object it hands back matches the
 * contract's success or fail schema.
 *
 * @example
 * ```ts
 * const tt = createFakeTt();
 * tt.choose('cancel');
 * tt.chooseChat({ fail: (res) => console.log(res.errMsg) }); // "chooseChat:fail cancel"
 * ```
 */
export function createFakeTt(options: FakeTtOptions = {}): FakeTt {
  const dataset = options.dataset ?? demoDataset();
  const me = options.userOpenId ?? dataset.users.find((u) => !u.isBot)?.openId ?? '';
  const mine = dataset.chats.filter((c) => c.members.includes(me) && c.status === 'normal');
  const groupInfo = options.groupInfoScope ?? true;
  const queue: ChooserAnswer[] = [];
  const sentCards: SentCard[] = [];
  const calls: FakeTtCall[] = [];
  let messageSeq = 0;

  const chatById = (id: string) => dataset.chats.find((c) => c.chatId === id);
  const isBot = (openId: string) => dataset.users.find((u) => u.openId === openId)?.isBot === true;
  const peerOf = (chat: MockChat) => chat.members.find((m) => m !== me) ?? me;

  async function pick(api: ChooserRequest['api'], candidates: MockChat[], multiSelect: boolean): Promise<MockChat[] | 'cancel'> {
    const answer = queue.length ? queue.shift()! : options.chooser ? await options.chooser({ api, candidates, multiSelect }) : candidates.slice(0, 1).map((c) => c.chatId);
    if (answer === 'cancel') return 'cancel';
    if (!multiSelect && answer.length > 1) throw new ChooserAnswerError(`the chooser picked ${answer.length} chats but ${api} allows one (multiSelect is false)`);
    if (answer.length > 10) throw new ChooserAnswerError(`the chooser picked ${answer.length} chats; the picker allows at most 10`);
    return answer.map((id) => {
      const chat = candidates.find((c) => c.chatId === id);
      if (!chat) throw new ChooserAnswerError(`the chooser picked ${JSON.stringify(id)}, which is not among the ${candidates.length} candidates (${candidates.slice(0, 3).map((c) => c.chatId).join(', ')}${candidates.length > 3 ? ', …' : ''})`);
      return chat;
    });
  }

  function candidatesFor(p: { externalChat?: boolean; ignoreSelf?: boolean; ignoreBot?: boolean; selectType?: number }) {
    return mine.filter((c) => {
      if (p.externalChat === false && c.external) return false;
      if (c.mode === 'p2p') {
        const peer = peerOf(c);
        if (p.selectType === 1) return false; // 1 = groups only
        if (p.ignoreSelf && peer === me) return false;
        if (p.ignoreBot && isBot(peer)) return false;
        return true;
      }
      return p.selectType !== 2; // 2 = p2p only
    });
  }

  function describe(chat: MockChat): Record<string, unknown> {
    if (!groupInfo) return {};
    const avatar = chat.avatar;
    return {
      name: chat.name,
      i18nNames: chat.i18nNames,
      avatarUrls: [avatar, avatar.replace('72x72', '240x240'), avatar.replace('72x72', '640x640'), avatar.replace('72x72', 'noop')],
    };
  }

  function chosenChat(chat: MockChat) {
    const kind = chat.mode === 'p2p' ? { chatType: 0, userType: isBot(peerOf(chat)) ? 1 : 0 } : { chatType: 1 };
    return { id: chat.chatId, ...kind, ...describe(chat) };
  }

  /** Runs `body`, then hands its outcome to the callbacks, after a turn of the event loop as the client does. */
  function run<A extends JsapiName>(api: A, params: unknown, body: () => Promise<{ ok: true; result: Record<string, unknown> } | { ok: false; result: Record<string, unknown> }>) {
    const callbacks = (typeof params === 'object' && params !== null ? params : {}) as {
      success?: (r: unknown) => void;
      fail?: (r: unknown) => void;
      complete?: (r: unknown) => void;
    };
    setTimeout(async () => {
      let outcome: Awaited<ReturnType<typeof body>>;
      try {
        outcome = await body();
      } catch (error) {
        // A scripted answer the picker could not give fails the call (an exception thrown from a
        // timer would crash the test process instead of failing the test that made the mistake).
        if (!(error instanceof ChooserAnswerError)) throw error;
        outcome = fail(api, `fake tt: ${error.message}`);
      }
      const schema = `${api}.${outcome.ok ? 'success' : 'fail'}` as const;
      const check = validate(schema, outcome.result);
      // A fake that hands out what the contract rejects would teach tests the wrong thing.
      if (!check.valid) throw new FeishuContractError(schema, check.errors);
      calls.push({ api, params, outcome: outcome.ok ? 'success' : 'fail', result: outcome.result });
      if (outcome.ok) callbacks.success?.(outcome.result);
      else callbacks.fail?.(outcome.result);
      callbacks.complete?.(outcome.result);
    }, 0);
  }

  const fail = (api: JsapiName, reason: string, extra: Record<string, unknown> = {}) => ({
    ok: false as const,
    result: { errMsg: `${api}:fail ${reason}`, ...extra },
  });

  /** The input check every call starts with; sendMessageCard maps broken rules to its errCodes. */
  function checkInput(api: JsapiName, params: unknown) {
    const check = validate(`${api}.input`, params);
    if (check.valid) return undefined;
    const errCode = jsapiInputErrCode(api, check.errors);
    const reason = errCode !== undefined ? jsapiErrorCodeInfo(api, errCode)!.title : 'invalid parameter';
    return fail(api, `${reason}: ${check.errors.map((e) => e.message).join('; ')}`, errCode !== undefined ? { errCode } : {});
  }

  type SendResult = { info: { status: number; openChatId: string; openMessageId: string } } | { failed: string | undefined };
  function send(chat: MockChat | undefined, id: string, cardContent: SentCard['cardContent'], via: SentCard['via']): SendResult {
    if (!chat || !chat.members.includes(me) || chat.status !== 'normal') return { failed: id };
    messageSeq += 1;
    const openMessageId = `om_fake${messageSeq.toString(16).padStart(25, '0')}`;
    sentCards.push({ openChatId: chat.chatId, openMessageId, cardContent: structuredClone(cardContent), via });
    return { info: { status: 0, openChatId: chat.chatId, openMessageId } };
  }

  return {
    sentCards,
    calls,
    choose: (...answers) => void queue.push(...answers),

    chooseChat(params) {
      run('chooseChat', params, async () => {
        const invalid = checkInput('chooseChat', params);
        if (invalid) return invalid;
        const p = params ?? {};
        const picked = await pick('chooseChat', candidatesFor(p), p.multiSelect ?? jsapiInputDefault('chooseChat', '/multiSelect') === true);
        if (picked === 'cancel') return fail('chooseChat', 'cancel');
        const result: Record<string, unknown> = { errMsg: 'chooseChat:ok', data: picked.map(chosenChat) };
        if (p.showMessageInput) result.message = '';
        return { ok: true, result };
      });
    },

    getChatInfo(params) {
      run('getChatInfo', params, async () => {
        const invalid = checkInput('getChatInfo', params);
        if (invalid) return invalid;
        const chat = chatById(params.openChatId);
        if (!chat || !chat.members.includes(me)) return fail('getChatInfo', `chat ${params.openChatId} not found or the user is not in it`);
        const counts = options.badges?.[chat.chatId] ?? {};
        const info = describe(chat);
        for (const key of GROUP_INFO) if (info[key] === undefined) delete info[key];
        return { ok: true, result: { errMsg: 'getChatInfo:ok', ...info, ...(groupInfo ? { badge: counts.badge ?? 0, atCount: counts.atCount ?? 0 } : {}) } };
      });
    },

    sendMessageCard(params) {
      run('sendMessageCard', params, async () => {
        const invalid = checkInput('sendMessageCard', params);
        if (invalid) return invalid;
        const results: SendResult[] = [];
        // The client's order: shouldChooseChat, then openChatIDs, then openIDs, then triggerCode.
        if (params.shouldChooseChat) {
          const c = params.chooseChatParams ?? {};
          const picked = await pick('sendMessageCard', candidatesFor(c), c.multiSelect ?? jsapiInputDefault('sendMessageCard', '/chooseChatParams/multiSelect') === true);
          if (picked === 'cancel') return fail('sendMessageCard', 'user cancelled', { errCode: jsapiOutcomeErrCode('sendMessageCard', 'cancelled') });
          for (const chat of picked) results.push(send(chat, chat.chatId, params.cardContent, 'shouldChooseChat'));
        } else if (params.openChatIDs?.length) {
          for (const id of params.openChatIDs) results.push(send(chatById(id), id, params.cardContent, 'openChatIDs'));
        } else if (params.openIDs?.length) {
          for (const openId of params.openIDs) {
            const p2p = mine.find((c) => c.mode === 'p2p' && peerOf(c) === openId);
            results.push(p2p ? send(p2p, p2p.chatId, params.cardContent, 'openIDs') : { failed: undefined });
          }
        } else {
          const id = options.triggerChatId ?? mine.find((c) => c.mode !== 'p2p')?.chatId ?? '';
          results.push(send(chatById(id), id, params.cardContent, 'triggerCode'));
        }
        const sendCardInfo = results.flatMap((r) => ('info' in r ? [r.info] : []));
        // failedOpenChatIDs holds open_chat_ids only; a user with no p2p chat has none to report.
        const failed = results.flatMap((r) => ('failed' in r && r.failed?.startsWith('oc_') ? [r.failed] : []));
        if (sendCardInfo.length === results.length) return { ok: true, result: { errMsg: 'sendMessageCard:ok', sendCardInfo } };
        return fail('sendMessageCard', 'send failed', {
          errCode: jsapiOutcomeErrCode('sendMessageCard', 'sendFailed'),
          ...(sendCardInfo.length ? { sendCardInfo } : {}),
          ...(failed.length ? { failedOpenChatIDs: failed } : {}),
        });
      });
    },
  };
}

export type { Input as FakeTtInput, Success as FakeTtSuccess, Fail as FakeTtFail };
