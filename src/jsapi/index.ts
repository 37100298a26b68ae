/**
 * Promise wrappers of the Feishu client's chat JSAPI (`tt.chooseChat`, `tt.getChatInfo`,
 * `tt.sendMessageCard`), typed from the contract. Inputs are checked against the contract before
 * `tt` is called, so a misspelt key fails in your code instead of silently doing nothing.
 * Browser-safe: no Node built-ins.
 *
 * @example
 * ```ts
 * import { chooseChat, JsapiError } from 'feishu-chat-contract/jsapi';
 * try {
 *   const { data } = await chooseChat({ multiSelect: true });
 * } catch (error) {
 *   if (error instanceof JsapiError && error.cancelled) return;
 *   throw error;
 * }
 * ```
 * @packageDocumentation
 */
import { FeishuError } from '../errors.js';
import { jsapiErrorCodeInfo, jsapiInputErrCode, jsapiOutcomeErrCode, type JsapiErrorCodeInfo, type JsapiName } from '../contract-facts.js';
import * as inputValidators from '../../generated/jsapi-input-validators.js';
import { runValidator, type CompiledValidator } from '../validators/run.js';
import type { SchemaTypes, ValidationError } from '../validators/index.js';

export type { JsapiErrorCodeInfo, JsapiName } from '../contract-facts.js';
export { FeishuError } from '../errors.js';
/** Card JSON 1.0 and 2.0 (`cardContent.card`): `Card`, `CardV1`, `CardV2` and the component types. */
export type * from '../../generated/card.js';
/** The card a sendMessageCard call sends (`cardContent`), as the contract types it. */
export type { CardContent } from '../../generated/jsapi.js';

type Callbacks = 'success' | 'fail' | 'complete';
/** Parameters of `tt.chooseChat`, without the callbacks. */
export type ChooseChatParams = Omit<SchemaTypes['chooseChat.input'], Callbacks>;
/** Parameters of `tt.getChatInfo`, without the callbacks. */
export type GetChatInfoParams = Omit<SchemaTypes['getChatInfo.input'], Callbacks>;
/** Parameters of `tt.sendMessageCard`, without the callbacks. */
export type SendMessageCardParams = Omit<SchemaTypes['sendMessageCard.input'], Callbacks>;
/** What `tt.chooseChat` hands to `success`. */
export type ChooseChatResult = SchemaTypes['chooseChat.success'];
/** What `tt.getChatInfo` hands to `success`. */
export type GetChatInfoResult = SchemaTypes['getChatInfo.success'];
/** What `tt.sendMessageCard` hands to `success`. */
export type SendMessageCardResult = SchemaTypes['sendMessageCard.success'];
/** What any of the three hands to `fail`. */
export type JsapiFailResult = SchemaTypes['chooseChat.fail'] | SchemaTypes['getChatInfo.fail'] | SchemaTypes['sendMessageCard.fail'];

/** The part of `tt` these wrappers call: the real global, or `createFakeTt()` in tests. */
export interface TtLike {
  chooseChat?: (params: SchemaTypes['chooseChat.input']) => unknown;
  getChatInfo?: (params: SchemaTypes['getChatInfo.input']) => unknown;
  sendMessageCard?: (params: SchemaTypes['sendMessageCard.input']) => unknown;
}

/** Options of each wrapper. */
export interface JsapiCallOptions {
  /** The `tt` to call (default: `globalThis.tt`). */
  tt?: TtLike;
}

/**
 * A JSAPI call that ended in `fail`, or that was refused before `tt` was called (invalid input,
 * no `tt`). Carries the client's fields as they came, and the documented meaning of `errCode`.
 */
export class JsapiError extends FeishuError {
  override name = 'JsapiError';
  /** The API that failed. */
  readonly api: JsapiName;
  /** The client's `errMsg`, e.g. `"sendMessageCard:fail"`, or ours for a refused call. */
  readonly errMsg: string;
  /** The newer error number (3-digit common, 7-digit business codes), when the client sent one. */
  readonly errno: number | undefined;
  /** The legacy per-API error code (sendMessageCard), when there is one. */
  readonly errCode: number | undefined;
  /** The text that accompanies `errno`, when the client sent one. */
  readonly errString: string | undefined;
  /** What the contract documents for `errCode`, if anything. */
  readonly meaning: JsapiErrorCodeInfo | undefined;
  /** The contract rules the input broke, when the call was refused before reaching `tt`. */
  readonly violations: readonly ValidationError[];
  /** The fail object as the client handed it over (undefined for a refused call). */
  readonly result: Record<string, unknown> | undefined;

  constructor(api: JsapiName, fields: { errMsg: string; errno?: number; errCode?: number; errString?: string; violations?: ValidationError[]; result?: Record<string, unknown> }) {
    const meaning = jsapiErrorCodeInfo(api, fields.errCode);
    super([fields.errMsg, meaning && `(errCode ${meaning.code}: ${meaning.title})`, fields.errno !== undefined && `(errno ${fields.errno}${fields.errString ? `: ${fields.errString}` : ''})`].filter(Boolean).join(' '));
    this.api = api;
    this.errMsg = fields.errMsg;
    this.errno = fields.errno;
    this.errCode = fields.errCode;
    this.errString = fields.errString;
    this.meaning = meaning;
    this.violations = fields.violations ?? [];
    this.result = fields.result;
  }

  /** Whether the user cancelled (the picker closed, or sendMessageCard's −6). */
  get cancelled(): boolean {
    const cancelCode = jsapiOutcomeErrCode(this.api, 'cancelled');
    return (cancelCode !== undefined && this.errCode === cancelCode) || /:fail cancel/.test(this.errMsg);
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

type InputValidators = Readonly<Record<string, CompiledValidator | undefined>>;
let cardInputValidators: Promise<InputValidators> | undefined;
/**
 * The input validator of `api`. The input-only validators, not the whole contract's: this module
 * ships to browsers. An input that carries a card (sendMessageCard) is checked by a module of its
 * own, loaded on the first call that needs it: the card rules are most of the code, and a page
 * that only picks chats never downloads them.
 */
async function inputValidator(api: JsapiName): Promise<CompiledValidator> {
  const name = `${api}_input`;
  const plain = (inputValidators as InputValidators)[name];
  if (plain) return plain;
  const card = (await (cardInputValidators ??= import('../../generated/jsapi-card-input-validators.js') as Promise<InputValidators>))[name];
  if (!card) throw new FeishuError(`no input validator for ${api}`);
  return card;
}

function call<A extends JsapiName, R>(api: A, params: object | undefined, options: JsapiCallOptions | undefined): Promise<R> {
  const input = { ...(params ?? {}) };
  const plain = (inputValidators as InputValidators)[`${api}_input`];
  // Inputs without a card are checked at once, as before; the card input once its rules are loaded.
  return plain ? checked(api, input, plain, options) : inputValidator(api).then((validator) => checked<A, R>(api, input, validator, options));
}

function checked<A extends JsapiName, R>(api: A, input: Record<string, unknown>, validator: CompiledValidator, options: JsapiCallOptions | undefined): Promise<R> {
  const check = runValidator(validator, input);
  if (!check.valid) {
    const errCode = jsapiInputErrCode(api, check.errors);
    return Promise.reject(new JsapiError(api, { errMsg: `${api}:fail invalid parameter: ${check.errors.map((e) => e.message).join('; ')}`, errCode, violations: check.errors }));
  }
  const tt = options?.tt ?? (globalThis as { tt?: TtLike }).tt;
  const fn = tt?.[api] as ((p: object) => unknown) | undefined;
  if (typeof fn !== 'function') {
    return Promise.reject(new JsapiError(api, { errMsg: `${api}:fail tt.${api} is not available: run inside the Feishu client, or pass { tt }` }));
  }
  return new Promise<R>((resolve, reject) => {
    try {
      fn.call(tt, {
        ...input,
        success: (res: R) => resolve(res),
        fail: (res: Record<string, unknown> = {}) =>
          reject(new JsapiError(api, {
            errMsg: typeof res.errMsg === 'string' ? res.errMsg : `${api}:fail`,
            errno: num(res.errno),
            errCode: num(res.errCode),
            errString: typeof res.errString === 'string' ? res.errString : undefined,
            result: res,
          })),
      });
    } catch (error) {
      reject(new JsapiError(api, { errMsg: `${api}:fail the client threw: ${(error as Error)?.message ?? String(error)}` }));
    }
  });
}

/** Opens the user's chat picker; resolves with the picked chats, rejects with a {@link JsapiError} (also on cancel). */
export function chooseChat(params?: ChooseChatParams, options?: JsapiCallOptions): Promise<ChooseChatResult> {
  return call('chooseChat', params, options);
}

/** Gets one chat's name, avatars, unread and @-mention counts; rejects with a {@link JsapiError}. */
export function getChatInfo(params: GetChatInfoParams, options?: JsapiCallOptions): Promise<GetChatInfoResult> {
  return call('getChatInfo', params, options);
}

/**
 * Sends a message card to chats or users; rejects with a {@link JsapiError} whose `errCode` is
 * the documented one (e.g. −2 for more than 10 openChatIDs, checked here before `tt` is called).
 */
export function sendMessageCard(params: SendMessageCardParams, options?: JsapiCallOptions): Promise<SendMessageCardResult> {
  return call('sendMessageCard', params, options);
}

/** The three wrappers bound to one `tt`, e.g. `createJsapi(createFakeTt())` in tests. */
export function createJsapi(tt: TtLike) {
  return {
    chooseChat: (params?: ChooseChatParams) => chooseChat(params, { tt }),
    getChatInfo: (params: GetChatInfoParams) => getChatInfo(params, { tt }),
    sendMessageCard: (params: SendMessageCardParams) => sendMessageCard(params, { tt }),
  };
}
