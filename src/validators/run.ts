import type { ErrorObject } from 'ajv';
import { toValidationErrors, type ValidationError } from './messages.js';

/** The outcome of a validation: valid, or the list of broken rules. */
export type ValidationResult = { valid: true } | { valid: false; errors: ValidationError[] };

/** A precompiled ajv validator, as generated/ exports them. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Runs a precompiled validator and turns its errors into readable ones; never throws on a JSON value. */
export function runValidator(validator: CompiledValidator, data: unknown): ValidationResult {
  let ok: boolean;
  try {
    ok = validator(data);
  } catch (error) {
    // Only values JSON cannot hold (e.g. getters that throw) get here.
    return { valid: false, errors: [{ path: '', keyword: 'json', message: `(root) is not a JSON value the validator can read: ${(error as Error).message}` }] };
  }
  return ok ? { valid: true } : { valid: false, errors: toValidationErrors(validator.errors ?? []) };
}
