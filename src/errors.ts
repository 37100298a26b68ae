/**
 * The one error root of the package: everything it throws — the client, the validators, the
 * JSAPI wrappers — is a {@link FeishuError}. Browser-safe (no Node built-ins), so that every entry
 * can share it.
 * @packageDocumentation
 */
import { fieldName } from './validators/field-name.js';
import type { ValidationError } from './validators/messages.js';

/** Text from outside the package (a server's answer, the caller's input) placed in an error's message. */
class Quoted {
  constructor(readonly text: string) {}
}

/** Marks `text` as quoted from outside, for {@link quoting}. @internal */
export const quote = (text: unknown): Quoted => new Quoted(String(text));

/** A message whose quoted parts are known by position. @internal */
export interface QuotingMessage {
  text: string;
  spans: (readonly [number, number])[];
}

/**
 * A message template whose `quote(...)`d values are recorded as spans: the only parts of the message
 * that secret scrubbing may change (issue 21, item 9 — a one-letter app secret must not garble the
 * package's own words). @internal
 */
export function quoting(strings: TemplateStringsArray, ...values: unknown[]): QuotingMessage {
  return joinQuoting(strings.flatMap((s, i) => (i < values.length ? [s, values[i]] : [s])));
}

/** A message of pieces in order: `quote(...)`d ones are recorded as spans, the rest are the package's words. @internal */
export function joinQuoting(pieces: readonly unknown[]): QuotingMessage {
  let text = '';
  const spans: (readonly [number, number])[] = [];
  for (const piece of pieces) {
    if (piece instanceof Quoted) {
      spans.push([text.length, text.length + piece.text.length]);
      text += piece.text;
    } else text += String(piece);
  }
  return { text, spans };
}

/**
 * Keywords whose message can quote the caller's data past its field name (a key, a value, another
 * field): all of such a message counts as quoted.
 */
const QUOTING_KEYWORDS = new Set(['propertyNames', 'json', 'anyOf', 'oneOf']);

/**
 * A rule's message as pieces: the field name it starts with (the caller's keys) quoted, the rule
 * (the package's words) not; a message that may quote more is quoted whole.
 */
function rulePieces(error: Pick<ValidationError, 'path' | 'keyword' | 'message' | 'platformError'>): unknown[] {
  const field = fieldName(error.path);
  if (QUOTING_KEYWORDS.has(error.keyword) || error.platformError || !error.message.startsWith(field)) return [quote(error.message)];
  return [quote(field), error.message.slice(field.length)];
}

/** A rule's message with its quoted parts marked (see {@link rulePieces}). @internal */
export const quotedRule = (error: Pick<ValidationError, 'path' | 'keyword' | 'message' | 'platformError'>): QuotingMessage => joinQuoting(rulePieces(error));

const quotedSpans = new WeakMap<Error, { text: string; spans: readonly (readonly [number, number])[] }>();

/**
 * The spans of `error.message` quoted from outside, or `undefined` when the message is not the one
 * the package built (a foreign error, or a message changed since): then all of it counts as outside.
 * A package error built from a plain string quotes nothing. @internal
 */
export function quotedSpansOf(error: Error): readonly (readonly [number, number])[] | undefined {
  const known = quotedSpans.get(error);
  if (known) return known.text === error.message ? known.spans : undefined;
  return error instanceof FeishuError ? [] : undefined;
}

/** Records that `error`'s message is now `message`, quoting `spans` (after the package rewrote its quoted parts). @internal */
export function setQuoted(error: Error, message: QuotingMessage): void {
  error.message = message.text;
  quotedSpans.set(error, { text: message.text, spans: message.spans });
}

/** Base class of every failure the package reports. */
export class FeishuError extends Error {
  override name = 'FeishuError';
  /** The operation (e.g. `listChats`) the client was calling, when the error came from a call. */
  operationId?: string;
  constructor(message: string | QuotingMessage, options?: { cause?: unknown }) {
    super(typeof message === 'string' ? message : message.text, options);
    if (typeof message !== 'string') quotedSpans.set(this, { text: message.text, spans: message.spans });
  }
}

/**
 * A value broke the contract: a client's input (checked before sending), an answer (with
 * `validateResponses: 'strict'`, or the envelope fields the client reads), or `assertValid`'s value.
 */
export class FeishuContractError extends FeishuError {
  override name = 'FeishuContractError';
  constructor(
    /** The schema id that was checked (e.g. `listChats.query`). */
    readonly schemaId: string,
    /** Each broken rule, with its JSON pointer. */
    readonly errors: ValidationError[],
  ) {
    super(joinQuoting([`${schemaId} breaks the contract: `, ...errors.flatMap((e, i) => [...(i ? ['; '] : []), ...rulePieces(e)])]));
  }
}
