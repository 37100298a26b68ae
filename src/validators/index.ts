/**
 * Contract validators: precompiled at build time (generated/validators.js), so importing this
 * module compiles no schema.
 *
 * @example
 * ```ts
 * import { validate } from 'feishu-chat-contract/validators';
 * const result = validate('listChats.query', { page_size: 500 });
 * if (!result.valid) console.log(result.errors[0].message); // "page_size must be at most 100"
 * ```
 * @packageDocumentation
 */
import * as compiled from '../../generated/validators.js';
import { schemaIds as schemaIdIndex } from '../../generated/contract-index.js';
import { operations } from '../../generated/operations.js';
import { FeishuContractError, FeishuError } from '../errors.js';
import type { ValidationError } from './messages.js';
import { runValidator, type CompiledValidator, type ValidationResult } from './run.js';
import type { SchemaId, SchemaTypes } from './schema-types.js';

export type { SchemaId, SchemaTypes } from './schema-types.js';
export type { ValidationError } from './messages.js';
export { fieldName } from './messages.js';

export type { ValidationResult } from './run.js';
export { notListedKeyword } from './run.js';

const validators = Object.fromEntries(
  Object.entries(schemaIdIndex).map(([id, { export: name }]) => [id, (compiled as Record<string, CompiledValidator>)[name]]),
) as Record<SchemaId, CompiledValidator>;

/** Every schema id, in contract order. */
export const schemaIds: readonly SchemaId[] = Object.freeze(Object.keys(schemaIdIndex) as SchemaId[]);

/** Whether `id` is one of {@link schemaIds}. */
export function isSchemaId(id: unknown): id is SchemaId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(validators, id);
}

/**
 * Validates `data` against the schema `schemaId`. Never throws on a JSON value (nor on most
 * non-JSON values); throws a TypeError only for an unknown schema id, listing the known ones.
 * A `valid: true` result narrows `data` to the schema's type.
 */
export function validate<Id extends SchemaId>(schemaId: Id, data: unknown): ValidationResult {
  const validator = isSchemaId(schemaId) ? validators[schemaId] : undefined;
  if (!validator) throw new FeishuError(`Unknown schema id ${JSON.stringify(schemaId)}. Known ids: ${schemaIds.join(', ')}`);
  return runValidator(validator, data);
}

/** Type guard form of {@link validate}: `true` when `data` matches `schemaId`. */
export function isValid<Id extends SchemaId>(schemaId: Id, data: unknown): data is SchemaTypes[Id] {
  return validate(schemaId, data).valid;
}

/**
 * Like {@link validate}, but returns the typed value or throws a {@link FeishuContractError}
 * whose message lists every broken rule.
 */
export function assertValid<Id extends SchemaId>(schemaId: Id, data: unknown): SchemaTypes[Id] {
  const result = validate(schemaId, data);
  if (!result.valid) throw new ContractViolationError(schemaId, result.errors);
  return data as SchemaTypes[Id];
}

/**
 * Thrown by {@link assertValid}: the value breaks the contract of `schemaId`.
 * @deprecated The same error as {@link FeishuContractError} (one concept, one class): use that name.
 */
export const ContractViolationError = FeishuContractError;
/** @deprecated Use {@link FeishuContractError}. */
export type ContractViolationError = FeishuContractError;
export { FeishuContractError, FeishuError };

/**
 * For each operation: its method, path, and the schema id of the JSON body per documented status
 * (for a status that may carry either, the success body). Kept for compatibility: the operation
 * table (`operations` from the package root) says more, including both bodies of a 200.
 */
export const operationResponses: Readonly<Record<string, { method: string; path: string; responses: Record<string, SchemaId> }>> = Object.fromEntries(
  Object.values(operations).map((op) => [
    op.operationId,
    { method: op.method, path: op.path, responses: Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [status, (r.success ?? r.error)!])) },
  ]),
);

export { responseSchemaId } from './response-schema-id.js';
