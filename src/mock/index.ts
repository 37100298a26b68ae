/**
 * An in-memory Feishu for tests and demos: the chat-list endpoints and the tenant token endpoint,
 * faithful to the contract. `import { createMockFeishu, demoApp } from 'feishu-chat-contract/mock'`.
 * @packageDocumentation
 */
export { createMockFeishu, type MockFeishu, type MockFeishuOptions, type MockFeishuState } from './server.js';
export { demoApp, demoDataset, demoUserToken, type MockChat, type MockDataset, type MockUser } from './data.js';
