// What the message endpoints share: finding the message a path names, whether the caller may see it,
// the card and key checks of a new card or message, and how a stored message reads in history and in
// getMessage (§12 #10: a recalled message's content differs between the two pages).
import { errorCodes, type ErrorCodeName } from '../../contract-facts.js';
import { validate } from '../../validators/index.js';
import type { MockDataset } from '../data.js';
import { memberOf } from './actors.js';
import { chatById, idOf } from './chat-access.js';
import { cardError } from './content-errors.js';
import type { Caller, MockAnswer, MockRuntime } from './context.js';
import { RECALLED_CONTENT, type MockMessage, type StoredMessage } from './message-store.js';

/** An error answer whose msg carries the platform's `ext=` detail (e.g. "…, ext=This message is NOT a card."). */
export function failExt(name: ErrorCodeName, ext: string, logId: string): MockAnswer {
  const info = errorCodes[name];
  return { status: info.httpStatus, body: { code: info.code, msg: `${(info.msg ?? info.meaning).replace(/\.$/, '')}, ext=${ext}`, error: { log_id: logId } } };
}

/**
 * The stored message `messageId` names, or the answer for an unknown one (99992354, observed;
 * reactions: 231003) or a deleted one (230110: nothing may be done with a deleted message).
 */
export function targetMessage(mock: MockRuntime, messageId: string, logId: string, unknown: ErrorCodeName = 'messageNotFound'): StoredMessage | MockAnswer {
  const entry = mock.messages.get(messageId);
  if (!entry) return mock.fail(unknown, logId, {}, `message ${messageId.slice(0, 80)} does not exist`);
  return entry.removed ? mock.fail('messageDeleted', logId) : entry;
}

/**
 * Whether the caller is in the message's chat. A p2p chat the dataset does not list (made by a send
 * to a person) holds its sender and that person: the mock lets any caller of the tenant read it.
 */
export function callerInChatOf(message: MockMessage, caller: Caller, dataset: MockDataset): boolean {
  const chat = chatById(dataset, message.chat_id);
  return !chat || chat.members.includes(memberOf(caller, dataset));
}

/** A card JSON checked against the card contract as the platform builds it (230099 with the card sub-code). */
export function cardProblem(content: string, logId: string): MockAnswer | undefined {
  const card = JSON.parse(content) as Record<string, unknown>;
  if (card.type !== undefined) return undefined; // a template: its card is the platform's
  const check = validate('card', card);
  return check.valid ? undefined : cardError(check.errors, logId);
}

/** Whether a card is shared (`update_multi` true; a JSON 2.0 card is shared unless it says false). A template's card is not known here. */
export function isSharedCard(card: Record<string, unknown>): boolean | undefined {
  if (card.type === 'template') return undefined;
  const config = card.config as { update_multi?: unknown } | undefined;
  return card.schema === '2.0' ? config?.update_multi !== false : config?.update_multi === true;
}

/**
 * A card as history and getMessage answer it by default: not the JSON that was sent but a
 * receive-side rendering (a title and paragraphs of text nodes). The platform's rendering is richer;
 * the mock keeps the shape (`title` + `elements` as paragraphs), which is what clients must handle.
 */
function renderedCard(content: string): string {
  try {
    const card = JSON.parse(content) as Record<string, any>;
    const title = card.header?.title?.content ?? null;
    const elements: unknown[] = card.schema === '2.0' ? card.body?.elements ?? [] : card.elements ?? [];
    const paragraphs = elements.slice(0, 200).map((e: any) => [{ tag: 'text', text: String(e?.text?.content ?? e?.content ?? '') }]);
    return JSON.stringify({ title, elements: paragraphs });
  } catch {
    return content;
  }
}

/** How a stored message reads: in history (`list`) or getMessage (`get`, with its user id kind). */
export function messageView(entry: StoredMessage, where: 'list' | 'get', query: Record<string, unknown>, dataset: MockDataset): MockMessage {
  const { message } = entry;
  const view: MockMessage = { ...message, sender: { ...message.sender }, body: { ...message.body } };
  if (entry.recalled) {
    // History answers a fixed string, getMessage no content (DH-LIST vs DH-GET; §12 #10).
    view.body = where === 'list' ? { content: RECALLED_CONTENT } : ({} as MockMessage['body']);
  } else if (message.msg_type === 'interactive' && query.card_msg_content_type !== 'user_card_content') {
    view.body = { content: renderedCard(message.body.content) };
  }
  const idType = where === 'get' ? (query.user_id_type as string | undefined) ?? 'open_id' : 'open_id';
  if (message.sender.sender_type === 'user' && idType !== 'open_id') {
    const user = dataset.users.find((u) => u.openId === message.sender.id);
    if (user) view.sender = { ...view.sender, id: idOf(user, idType), id_type: idType as MockMessage['sender']['id_type'] };
  }
  if (query.with_sender_name === true) {
    const name = message.sender.sender_type === 'app' ? dataset.users.find((u) => u.appId === message.sender.id)?.name : dataset.users.find((u) => u.openId === message.sender.id)?.name;
    if (name) (view.sender as Record<string, unknown>).sender_name = name;
  }
  return view;
}
