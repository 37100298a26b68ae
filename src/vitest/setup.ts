/**
 * Registers the contract matchers with vitest: add `'feishu-chat-contract/vitest/setup'` to
 * `setupFiles`, and the typings come with it.
 * @packageDocumentation
 */
import { expect } from 'vitest';
import { contractMatchers } from './index.js';

export type { ContractMatchers, OperationId } from './index.js';

expect.extend(contractMatchers);
