/**
 * Vitest matchers that check payloads against the contract:
 * `expect(payload).toMatchSchema('chooseChat.success')` and
 * `expect(body).toMatchOperation('listChats', 200)`. Register them (and their typings) with a setup
 * file of your project that does `import 'feishu-chat-contract/vitest/setup'`, or call
 * `expect.extend(contractMatchers)` in a file tsc sees.
 * @packageDocumentation
 */
import { isSchemaId, operationResponses, responseSchemaId, schemaIds, validate, type SchemaId, type ValidationError } from '../validators/index.js';

import type { OperationId } from '../../generated/operations.js';

/** The operation ids of the contract: every operationId of the operation table. */
export type { OperationId };

/** The matchers' TypeScript signatures, merged into vitest's `Assertion` by the setup entry. */
export interface ContractMatchers<R = unknown> {
  /** Passes when the value is valid against the schema `schemaId`; fails listing every broken rule. */
  toMatchSchema(schemaId: SchemaId): R;
  /**
   * Passes when the value is a valid answer of `operationId` with HTTP `status`. The value is the
   * parsed body, `{ status, body }`, or a fetch `Response` (then `await` the assertion).
   */
  toMatchOperation(operationId: OperationId, status: number): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends ContractMatchers<T> {}
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

const describeErrors = (errors: readonly ValidationError[]) => errors.map((e) => `  - ${e.path || '(root)'} [${e.keyword}] ${e.message}`).join('\n');

function schemaResult(schemaId: SchemaId, value: unknown, label: string): MatcherResult {
  const result = validate(schemaId, value);
  return result.valid
    ? { pass: true, message: () => `expected ${label} not to match ${schemaId}, but it does` }
    : { pass: false, message: () => `expected ${label} to match ${schemaId}, but it breaks ${result.errors.length} rule${result.errors.length === 1 ? '' : 's'}:\n${describeErrors(result.errors)}` };
}

function operationResult(operationId: string, status: number, body: unknown, actualStatus?: number): MatcherResult {
  if (!Object.prototype.hasOwnProperty.call(operationResponses, operationId)) {
    return { pass: false, message: () => `unknown operation ${JSON.stringify(operationId)}; known: ${Object.keys(operationResponses).join(', ')}` };
  }
  if (actualStatus !== undefined && actualStatus !== status) {
    return { pass: false, message: () => `expected an answer of ${operationId} with HTTP ${status}, but the status is ${actualStatus}` };
  }
  // Feishu answers some failures with HTTP 200: where a status may carry either body, `code`
  // decides between the success body and the error envelope.
  const schemaId = responseSchemaId(operationId, status, body);
  if (!schemaId) return { pass: false, message: () => `${operationId} documents no answer for HTTP ${status}` };
  return schemaResult(schemaId, body, `the ${operationId} ${status} answer`);
}

/** The matcher implementations, for `expect.extend(contractMatchers)`. */
export const contractMatchers = {
  toMatchSchema(received: unknown, schemaId: SchemaId): MatcherResult {
    if (!isSchemaId(schemaId)) return { pass: false, message: () => `unknown schema id ${JSON.stringify(schemaId)}; known: ${schemaIds.join(', ')}` };
    return schemaResult(schemaId, received, 'value');
  },
  toMatchOperation(received: unknown, operationId: OperationId, status: number): MatcherResult | Promise<MatcherResult> {
    if (typeof Response !== 'undefined' && received instanceof Response) {
      return received.clone().text().then((text) => {
        try {
          return operationResult(operationId, status, JSON.parse(text), received.status);
        } catch {
          return { pass: false, message: () => `expected a JSON body from ${operationId}, got: ${text.slice(0, 120)}` };
        }
      });
    }
    const wrapped = received && typeof received === 'object' && 'status' in received && 'body' in received && typeof (received as { status: unknown }).status === 'number';
    return wrapped
      ? operationResult(operationId, status, (received as { body: unknown }).body, (received as { status: number }).status)
      : operationResult(operationId, status, received);
  },
};
