/**
 * The fake `tt` alone, for where front-end tests run (vitest browser mode, Playwright component
 * tests, bundlers targeting browsers): unlike `feishu-chat-contract/mock`, which also holds the mock
 * HTTP server, nothing here imports a Node built-in.
 * `import { createFakeTt } from 'feishu-chat-contract/fake-tt'`.
 * @packageDocumentation
 */
export { createFakeTt, type FakeTt, type FakeTtOptions, type FakeTtParams, type FakeTtCall, type SentCard, type ChooserRequest, type ChooserAnswer } from './fake-tt.js';
export { demoDataset, type MockChat, type MockDataset, type MockUser } from './data.js';
