// Which documented error a createMessage body that breaks the contract earns, from where it breaks.
import { errorCodes, subCodeOf } from '../../contract-facts.js';
import { notListedKeyword, type ValidationError } from '../../validators/index.js';
import type { MockAnswer } from './context.js';

/** The card sub-code the platform puts in 230099's msg for a card it cannot parse (DOC-MSGCREATE; spec's subCodes). */
const parseError = subCodeOf('cardContentInvalid', 'cardJsonParseError');
export const CARD_PARSE_ERROR = { subCode: parseError.code, reason: parseError.msg } as const;

export type ContentError =
  | { name: 'cardContentInvalid'; subCode: number; reason: string }
  | { name: 'contentTooLong' | 'messageInvalidParameter' };

export function contentErrorCode(all: readonly ValidationError[], body: unknown): ContentError {
  // The closing "N more not listed" entry is a count, not a place: where the body breaks is told by
  // the errors described (issue 21.4: 101 card errors turned 230099 into 230001).
  const errors = all.filter((e) => e.keyword !== notListedKeyword);
  if (errors.some((e) => e.path === '/content' && e.keyword === 'x-maxUtf8Bytes')) return { name: 'contentTooLong' };
  const card = (body as { msg_type?: unknown } | undefined)?.msg_type === 'interactive';
  const insideContent = errors.length > 0 && errors.every((e) => e.path === '/content' || e.path.startsWith('/content/'));
  if (card && insideContent && errors.every((e) => e.keyword !== 'required' || e.path !== '/content')) return { name: 'cardContentInvalid', ...cardSubCode(errors) };
  return { name: 'messageInvalidParameter' };
}

/** The card sub-code of a card's errors: a rule the platform enforces names its own (x-platformError); else a parse error. */
function cardSubCode(errors: readonly ValidationError[]): { subCode: number; reason: string } {
  const ruled = errors.find((e) => e.platformError)?.platformError;
  return ruled ? { subCode: ruled.code, reason: ruled.rule } : CARD_PARSE_ERROR;
}

/** 230099 in the platform's form: the code's message, then the card sub-code (`…, ext=ErrCode: 200621; ErrMsg: …`). */
export function cardError(errors: readonly ValidationError[], logId: string): MockAnswer {
  const info = errorCodes.cardContentInvalid;
  const { subCode, reason } = cardSubCode(errors);
  return { status: info.httpStatus, body: { code: info.code, msg: `${(info.msg ?? info.meaning).replace(/\.$/, '')}, ext=ErrCode: ${subCode}; ErrMsg: ${reason}`, error: { log_id: logId } } };
}
