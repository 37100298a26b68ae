import type { ErrorObject } from 'ajv';
import { toValidationErrors, type ValidationError } from './messages.js';

/**
 * The outcome of a validation: valid, or the list of broken rules. The list describes at most the
 * first 100 broken rules the validator met (grouped into messages); when there were more, its last
 * entry (keyword `errorLimit`) says how many more, and `notListed` holds that count.
 */
export type ValidationResult = { valid: true } | { valid: false; errors: ValidationError[]; notListed?: number };

/** A precompiled ajv validator, as generated/ exports them. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The keyword of the placeholder the generated validators put in place of every error beyond their
 * bound (scripts/lib/bound-errors.js), so that a value breaking a rule 80,000 times costs linear time;
 * also the keyword of the result's closing entry that counts them.
 */
export const notListedKeyword = 'errorLimit';
const OVERFLOW_KEYWORD = notListedKeyword;

/** Runs a precompiled validator and turns its errors into readable ones; never throws on a JSON value. */
export function runValidator(validator: CompiledValidator, data: unknown): ValidationResult {
  let ok: boolean;
  try {
    ok = validator(data);
  } catch (error) {
    // The generated validators check the value's shape first (cycles, depth, size: scripts/lib/input-guard.js),
    // so only a value that changes while it is read (a getter that throws the second time) or a
    // caller with its stack nearly used up gets here; only the first is a value JSON cannot hold.
    const message = error instanceof RangeError
      ? `(root) could not be validated: ${error.message} (the call began with too little stack left)`
      : `(root) is not a JSON value the validator can read: ${(error as Error).message}`;
    return { valid: false, errors: [{ path: '', keyword: 'json', message }] };
  }
  if (ok) return { valid: true };
  // One linear pass splits the described errors (bounded in number by the generated code) from
  // the placeholders, so the grouping below works on a bounded list whatever the input size.
  const described: ErrorObject[] = [];
  let notListed = 0;
  let limit = 0;
  for (const error of validator.errors ?? []) {
    if (error.keyword === OVERFLOW_KEYWORD) {
      notListed++;
      limit = (error.params as { limit: number }).limit;
    } else described.push(error);
  }
  const errors = toValidationErrors(described);
  if (notListed === 0) return { valid: false, errors };
  errors.push({
    path: '',
    keyword: OVERFLOW_KEYWORD,
    message: `(root) breaks ${notListed} more rule${notListed === 1 ? '' : 's'} not listed (only the first ${limit} broken rules are described)`,
  });
  return { valid: false, errors, notListed };
}
