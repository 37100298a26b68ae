// mock.cards.click: a user clicks a card the app sent. The mock POSTs card.action.trigger with a fresh
// callback token, checks the app's answer against the contract, applies a returned card to the stored
// message, and records what the Feishu client would show (200671 late, 200672 malformed, 200673 a
// wrong card) — the codes come from the contract's catalogue of client error codes.
import { FeishuError } from '../../errors.js';
import { CARD_ACTION_TRIGGER } from '../../events/envelope.js';
import { validate } from '../../validators/index.js';
import { envelopeSchemaIds } from '../../events/catalog.js';
import type { MessageStore, MockMessage } from '../behaviours/message-store.js';
import type { MockDataset } from '../data.js';
import { userIdOf } from './envelopes.js';
import type { DeliveryRecord } from './records.js';
import type { MockEvents } from './source.js';

/** A click. */
export interface CardClickInput {
  /** The message (om_…) holding the card; the app must have sent it, as an interactive message. */
  messageId: string;
  /** Who clicks: an open_id, user_id or union_id of a person in the dataset. */
  userId: string;
  /** The component's `value` (an object, or a string as legacy cards allow). */
  value?: unknown;
  /** A form's values by component name (a form submit arrives as tag `button` with form_value). */
  formValue?: Record<string, unknown>;
  /** The component's tag (default `button`). */
  tag?: string;
  /** The component's name. */
  name?: string;
  /** For a select or date picker: the option chosen. */
  option?: string;
}

/** The client error codes a card answer can earn, by what went wrong (from the contract). */
export interface CardClientErrors {
  late: number;
  malformed: number;
  wrongCard: number;
}

/** `mock.cards`. */
export interface MockCards {
  /** Delivers the click and resolves with the record: the answer, `errorCode` when the client would show one, `cardApplied`. */
  click(input: CardClickInput): Promise<DeliveryRecord>;
}

const EVENT_TYPE = CARD_ACTION_TRIGGER;

/** Creates `mock.cards`. */
export function createMockCards(deps: {
  dataset: MockDataset;
  messages: MessageStore;
  events: MockEvents;
  appId: string;
  now: () => number;
  issueToken: (messageId: string, appId: string) => string;
  /** The callback of `token` has been answered: a delayed update with it is applied from now on. */
  tokenAnswered: (token: string) => void;
  clientErrors: CardClientErrors;
  /** The card contract's schema id an answered raw card must fit. */
  cardSchemaId: Parameters<typeof validate>[0];
}): MockCards {
  function storedCard(messageId: string): MockMessage {
    const message = deps.messages.sent.find((m) => m.message_id === messageId);
    if (!message) throw new FeishuError(`click: message ${JSON.stringify(messageId)} is not in the mock's message store`);
    if (message.msg_type !== 'interactive') throw new FeishuError(`click: message ${messageId} is a ${message.msg_type} message, not a card (interactive)`);
    if (message.sender.sender_type !== 'app' || message.sender.id !== deps.appId) throw new FeishuError(`click: message ${messageId} was not sent by this app (${deps.appId}): only its own cards call back to it`);
    return message;
  }

  return {
    async click(input) {
      if (!input || typeof input !== 'object') throw new FeishuError('click needs { messageId, userId, value? }');
      const message = storedCard(input.messageId);
      const user = deps.dataset.users.find((u) => !u.isBot && (u.openId === input.userId || u.userId === input.userId || u.unionId === input.userId));
      if (!user) throw new FeishuError(`click: userId ${JSON.stringify(input.userId)} is not a person of the mock's dataset`);
      const token = deps.issueToken(message.message_id, deps.appId);
      const action: Record<string, unknown> = { tag: input.tag ?? 'button', value: input.value ?? {} };
      if (input.formValue !== undefined) action.form_value = input.formValue;
      if (input.name !== undefined) action.name = input.name;
      if (input.option !== undefined) action.option = input.option;
      const envelope = deps.events.build(EVENT_TYPE, {
        event: {
          operator: { tenant_key: deps.dataset.tenantKey, ...userIdOf(user) },
          token,
          action,
          host: 'im_message',
          context: { open_message_id: message.message_id, open_chat_id: message.chat_id },
        },
      });
      // The builder's sample action is replaced whole: the click's action is what was clicked.
      (envelope.event as Record<string, unknown>).action = action;
      const { record, outcome } = await deps.events.deliverOnce('card', envelope, EVENT_TYPE);
      deps.tokenAnswered(token);
      const fail = (code: number, problem: string) => {
        record.ok = false;
        record.errorCode = code;
        record.problem = problem;
        record.state = 'failed';
        deps.events.touch(record);
        return record;
      };
      if ('timeout' in outcome) return fail(deps.clientErrors.late, 'no answer within 3 s');
      if (!('status' in outcome)) return fail(deps.clientErrors.late, `no answer: ${outcome.error}`);
      if (outcome.status !== 200) return fail(deps.clientErrors.malformed, `answered HTTP ${outcome.status}, not 200`);
      let answer: unknown;
      try {
        answer = outcome.body.trim() === '' ? {} : JSON.parse(outcome.body);
      } catch {
        return fail(deps.clientErrors.malformed, 'the answer is not JSON');
      }
      record.answer = answer;
      // A raw card that breaks the card contract is a wrong card (200673); any other breach of the
      // answer's schema is an illegal format (200672).
      const card = (answer as { card?: { type?: string; data?: unknown } } | null)?.card;
      if (card && typeof card === 'object' && card.type === 'raw' && card.data !== null && typeof card.data === 'object') {
        const cardCheck = validate(deps.cardSchemaId, card.data);
        if (!cardCheck.valid) return fail(deps.clientErrors.wrongCard, `the answered card breaks the card contract: ${cardCheck.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
      }
      const checked = validate(envelopeSchemaIds.cardActionResponse, answer);
      if (!checked.valid) return fail(deps.clientErrors.malformed, `the answer breaks ${envelopeSchemaIds.cardActionResponse}: ${checked.errors.slice(0, 3).map((e) => e.message).join('; ')}`);
      record.ok = true;
      record.cardApplied = false;
      if (card) {
        // A template card is rendered by the platform from its id; the mock stores the reference.
        applyCard(deps, message, JSON.stringify(card.type === 'raw' ? card.data : { type: 'template', data: card.data }));
        record.cardApplied = true;
      }
      deps.events.touch(record);
      return record;
    },
  };
}

/** The answered card replaces the stored one through the message store (as patchMessage and updateCardByToken do). */
function applyCard(deps: { messages: MessageStore; now: () => number }, message: MockMessage, content: string) {
  const entry = deps.messages.get(message.message_id);
  if (entry) deps.messages.updateCard(entry, content, deps.now());
}
