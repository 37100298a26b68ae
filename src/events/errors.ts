// The receiver's one error class, under the package's root (FeishuError): every refusal of a request
// says which check failed, and never carries a secret (no key, token, signature or body text).
import { FeishuError } from '../errors.js';

/** Which check refused a request. */
export type FeishuEventErrorReason = 'body' | 'signature' | 'timestamp' | 'token' | 'decrypt' | 'schema';

/**
 * A request Feishu could not have sent (or that was not sent to this app): not a raw body, a
 * signature or Verification Token that does not match, a timestamp outside the tolerance, a body that
 * does not decrypt with the Encrypt Key, or an envelope that breaks its schema. Messages name the
 * check and the rule, never a secret.
 */
export class FeishuEventError extends FeishuError {
  override name = 'FeishuEventError';
  constructor(
    /** The check that failed. */
    readonly reason: FeishuEventErrorReason,
    message: string,
    options?: {
      /** The event type, when the envelope got far enough to name it. */
      eventType?: string;
      /** For `reason: 'schema'`: each broken rule (JSON pointer, keyword, sentence). */
      errors?: readonly { path: string; keyword: string; message: string }[];
    },
  ) {
    super(message);
    if (options?.eventType !== undefined) this.eventType = options.eventType;
    if (options?.errors) this.errors = options.errors;
  }
  /** The event type, when the envelope got far enough to name it. */
  eventType?: string;
  /** For `reason: 'schema'`: each broken rule. */
  errors?: readonly { path: string; keyword: string; message: string }[];
}
