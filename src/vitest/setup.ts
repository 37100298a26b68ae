/**
 * Registers the contract matchers with vitest. Import it from a setup file of your project
 * (`vitest.setup.ts`: `import 'feishu-chat-contract/vitest/setup';`, listed in `setupFiles`): the
 * import also brings the matchers' typings into your tsc program. Listing this entry in `setupFiles`
 * directly registers the matchers at run time, but tsc never sees it, so `toMatchSchema` would not type-check.
 * @packageDocumentation
 */
import { expect } from 'vitest';
import { contractMatchers } from './index.js';

export type { ContractMatchers, OperationId } from './index.js';

expect.extend(contractMatchers);
