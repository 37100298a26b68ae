/**
 * Test doubles of Feishu: an in-memory server for the chat-list endpoints and the tenant token
 * endpoint, and a fake `tt` for front ends, both faithful to the contract.
 * `import { createMockFeishu, createFakeTt, demoApp } from 'feishu-chat-contract/mock'`.
 * @packageDocumentation
 */
export { createMockFeishu, type MockFeishu, type MockFeishuOptions, type MockFeishuState } from './server.js';
export type { MockMessage } from './behaviours/message-store.js';
export type { LongConnectionAck, LongConnectionDelivery, LongConnectionMock, LongConnectionMockOptions } from './longconn/types.js';
export type { MockEvents, MockUsers, MockCards, UserMessageInput, CardClickInput, DeliveryRecord, DeliveryAttempt, EventTransport, DeliveryOutcome, MockEventApp } from './events/index.js';
export { PLATFORM_RETRY_SCHEDULE_MS, PLATFORM_ANSWER_TIMEOUT_MS } from './events/source.js';
export { createFakeTt, type FakeTt, type FakeTtOptions, type FakeTtParams, type FakeTtCall, type SentCard, type ChooserRequest, type ChooserAnswer } from './fake-tt.js';
export { demoApp, demoDataset, demoUserToken, type MockChat, type MockDataset, type MockUser } from './data.js';
