/**
 * Facts of the contract as data, generated from spec/ (x-error-codes, x-rate-limit, parameter
 * defaults): code that needs an error code or a limit reads it here instead of restating it.
 * @packageDocumentation
 */
import { errorCodes as documentedErrorCodes, jsapiErrorCodes as jsapiCodeTables, jsapiInputDefaults, knownValues as knownValueLists } from '../generated/contract-index.js';
import { operations, type OperationErrorCode, type OperationInfo } from '../generated/operations.js';

/** One documented Feishu error code: its number, HTTP status, retryability, platform message (where known), meaning and what to do. */
export type ErrorCodeInfo = Omit<OperationErrorCode, 'name'>;

/** Names of the documented error codes (x-error-codes in spec/components/responses/). */
export type ErrorCodeName = keyof typeof documentedErrorCodes;

/** The documented error codes, by name, e.g. `errorCodes.tenantTokenInvalid.code === 99991663`. */
export const errorCodes: Readonly<Record<ErrorCodeName, ErrorCodeInfo>> = documentedErrorCodes;

const table = operations as Readonly<Record<string, OperationInfo>>;

/**
 * A code the platform puts inside another's msg (`ext=ErrCode: N; ErrMsg: …`), by its name in the
 * spec (e.g. 230099's card sub-code `invalidImageKeys`). Throws for a name the spec does not list.
 */
export function subCodeOf(parent: ErrorCodeName, name: string): { code: number; msg: string } {
  const found = errorCodes[parent].subCodes?.find((s) => s.name === name);
  if (!found) throw new Error(`the spec lists no sub-code ${name} of ${parent}`);
  return { code: found.code, msg: found.msg };
}

/**
 * The values the platform accepts for an open string schema (`x-known-values`, e.g. `EmojiType`'s
 * 182 emoji names), or undefined when the schema lists none. The type stays open (the lists grow).
 */
export function knownValues(schemaName: string): readonly string[] | undefined {
  return knownValueLists[schemaName];
}

/** Query-parameter facts of an operation: defaults, where a longer value yields an empty result, values refused per token type. */
export function queryFacts(operationId: string): OperationInfo['query'] {
  return table[operationId]?.query ?? {};
}

/** The documented rate limit of an operation (x-rate-limit: requests per second and per minute, and any further facts). */
export function rateLimitOf(operationId: string): OperationInfo['rateLimit'] {
  return table[operationId]?.rateLimit;
}

/** The JSAPI calls this contract covers. */
export type JsapiName = 'chooseChat' | 'getChatInfo' | 'sendMessageCard';

/** One documented legacy `errCode` of a JSAPI call (the fail schema's errCode table). */
export interface JsapiErrorCodeInfo {
  code: number;
  title: string;
  /** The official wording (Chinese), with its advice. */
  description: string;
}

type InputRule = { keyword: string; path: string; errCode: number };
const jsapiFacts = jsapiCodeTables as Record<string, { codes: JsapiErrorCodeInfo[]; inputRules: InputRule[]; outcomes?: Record<string, number> }>;

/** The errCode an API answers for an outcome that is not an input rule (`x-outcomeErrCodes`), if it documents one. */
export function jsapiOutcomeErrCode(api: JsapiName, outcome: 'cancelled' | 'sendFailed'): number | undefined {
  return jsapiFacts[api]?.outcomes?.[outcome];
}

/** The documented errCodes of a JSAPI call (empty when its page documents none). */
export function jsapiErrorCodes(api: JsapiName): readonly JsapiErrorCodeInfo[] {
  return jsapiFacts[api]?.codes ?? [];
}

/** The documented meaning of `errCode` for `api`, if the contract knows it. */
export function jsapiErrorCodeInfo(api: JsapiName, errCode: number | undefined): JsapiErrorCodeInfo | undefined {
  return errCode === undefined ? undefined : jsapiErrorCodes(api).find((c) => c.code === errCode);
}

const pointerMatches = (pattern: string, path: string) =>
  pattern === path || (pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) && !path.slice(pattern.length - 1).includes('/') : false);

/**
 * The errCode the client answers for an input that breaks these rules (the schema's `x-errCodes`):
 * the first rule, in the order the errors arrive, whose keyword and path match. `undefined` when
 * the API documents no code for it.
 */
export function jsapiInputErrCode(api: JsapiName, errors: readonly { path: string; keyword: string }[]): number | undefined {
  const rules = jsapiFacts[api]?.inputRules ?? [];
  for (const error of errors) {
    for (const rule of rules) {
      const keywordOk = rule.keyword === '*' || rule.keyword === error.keyword;
      const pathOk = pointerMatches(rule.path, error.path) || (rule.keyword === '*' && error.path.startsWith(`${rule.path}/`));
      if (keywordOk && pathOk) return rule.errCode;
    }
  }
  return undefined;
}

/** The documented default of an input field of `api`, by JSON pointer (e.g. `/chooseChatParams/multiSelect`). */
export function jsapiInputDefault(api: JsapiName, pointer: string): unknown {
  return jsapiInputDefaults[api]?.[pointer];
}
