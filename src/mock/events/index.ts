// The mock's event side, put together: the event source (mock.events), the tenant's users
// (mock.users), card clicks (mock.cards), the platform-event hook behaviours call, and the HTTP
// control surface.
import type { MessageStore } from '../behaviours/message-store.js';
import type { MockDataset } from '../data.js';
import type { CardTokens } from '../card-tokens.js';
import { createMockCards, type MockCards } from './cards.js';
import { cardClientErrors } from './facts.js';
import { createControlHandler } from './control.js';
import { createEventSource, type MockEvents } from './source.js';
import type { MockEventApp } from './transport.js';
import { createMockUsers, type MockUsers } from './users.js';

export type { MockEvents } from './source.js';
export type { MockUsers, UserMessageInput } from './users.js';
export type { MockCards, CardClickInput } from './cards.js';
export type { DeliveryRecord, DeliveryAttempt } from './records.js';
export type { EventTransport, DeliveryOutcome, MockEventApp } from './transport.js';

/** The event-side options of createMockFeishu. */
export interface MockEventOptions {
  app: MockEventApp & { appId: string };
  dataset: MockDataset;
  messages: MessageStore;
  now: () => number;
  retrySchedule?: readonly number[] | undefined;
  deliveryTimeoutMs?: number | undefined;
  /** The mock's card-callback tokens (src/mock/card-tokens.ts): a click issues one, updateCardByToken uses it. */
  cardTokens: CardTokens;
}

/** What the mock exposes of its event side. */
export interface MockEventSide {
  /** The event source: verifyUrl, emit, deliveries. */
  events: MockEvents;
  /** The tenant's people: sendMessage emits im.message.receive_v1. */
  users: MockUsers;
  /** Card clicks: card.action.trigger, its answer checked and applied. */
  cards: MockCards;
}

/** Creates the event side of a mock. @internal */
export function createEventSide(options: MockEventOptions): MockEventSide & {
  emitPlatformEvent: (eventType: string, event: Record<string, unknown>) => void;
  control: (request: Request) => Promise<Response | undefined>;
} {
  const app = { ...options.app };
  let open = false;
  const events = createEventSource({ ...options, app, messages: () => options.messages.sent });
  const originalSetTransport = events.setTransport;
  events.setTransport = (transport) => {
    open = transport !== undefined;
    originalSetTransport(transport);
  };
  const hasDestination = () => open || app.eventUrl !== undefined;
  const users = createMockUsers({ dataset: options.dataset, messages: options.messages, events, now: options.now, appId: app.appId, hasDestination });
  const cards = createMockCards({
    dataset: options.dataset, messages: options.messages, events, appId: app.appId, now: options.now,
    // Issued pending: updateCardByToken applies an update only once the callback has been answered.
    issueToken: (messageId, appId) => options.cardTokens.issue(messageId, appId, true),
    tokenAnswered: (token) => options.cardTokens.answered(token),
    clientErrors: cardClientErrors(),
    cardSchemaId: 'card',
  });
  return {
    events,
    users,
    cards,
    emitPlatformEvent(eventType, event) {
      if (!hasDestination()) return;
      // The platform's push is not the caller's business: a failure is in the delivery record.
      void events.emit(eventType, { event }).catch((error: Error) => console.error(`[mock] could not emit ${eventType}: ${error.message}`));
    },
    control: createControlHandler({ events, users, cards }),
  };
}
