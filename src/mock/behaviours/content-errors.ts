// Which documented error a createMessage body that breaks the contract earns, from where it breaks.
import type { ValidationError } from '../../validators/index.js';

/** The card sub-code the platform puts in 230099's msg for a card it cannot parse (DOC-MSGCREATE). */
export const CARD_PARSE_ERROR = { subCode: 200621, reason: 'parse card json err' } as const;

export type ContentError =
  | { name: 'cardContentInvalid'; subCode: number; reason: string }
  | { name: 'contentTooLong' | 'messageInvalidParameter' };

export function contentErrorCode(errors: readonly ValidationError[], body: unknown): ContentError {
  if (errors.some((e) => e.path === '/content' && e.keyword === 'x-maxUtf8Bytes')) return { name: 'contentTooLong' };
  const card = (body as { msg_type?: unknown } | undefined)?.msg_type === 'interactive';
  const insideContent = errors.length > 0 && errors.every((e) => e.path === '/content' || e.path.startsWith('/content/'));
  if (card && insideContent && errors.every((e) => e.keyword !== 'required' || e.path !== '/content')) return { name: 'cardContentInvalid', ...CARD_PARSE_ERROR };
  return { name: 'messageInvalidParameter' };
}
