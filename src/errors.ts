/**
 * The one error root of the package: everything it throws — the client, the validators, the
 * JSAPI wrappers — is a {@link FeishuError}. Browser-safe (no Node built-ins), so that every entry
 * can share it.
 * @packageDocumentation
 */
import type { ValidationError } from './validators/messages.js';

/** Base class of every failure the package reports. */
export class FeishuError extends Error {
  override name = 'FeishuError';
  /** The operation (e.g. `listChats`) the client was calling, when the error came from a call. */
  operationId?: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
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
    super(`${schemaId} breaks the contract: ${errors.map((e) => e.message).join('; ')}`);
  }
}
