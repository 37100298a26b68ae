// The mock's one message store: what createMessage and replyMessage sent, what patchMessage and a
// card callback's token updated, what listMessages and getMessage read, the reactions on each
// message and its recall — so a reply shows in its thread's history and an updated card shows
// updated wherever it is read. Deduplicated by uuid for an hour as the platform does, limited per
// recipient and per message, and bounded in bytes and in count: a long-running mock stays flat.
import { BoundedStore } from '../bounded-store.js';
import { RateWindows, type RateLimitHit } from '../rate-limit.js';

/** A message the mock stored, as the send, the reply, the history and getMessage answer it. */
export interface MockMessage {
  message_id: string;
  root_id?: string;
  parent_id?: string;
  thread_id?: string;
  msg_type: string;
  create_time: string;
  update_time: string;
  deleted: boolean;
  updated: boolean;
  chat_id: string;
  sender: { id: string; id_type: 'app_id' | 'open_id'; sender_type: 'app' | 'user'; tenant_key: string };
  body: { content: string };
  mentions?: { key: string; id: string; id_type: 'open_id'; name: string; tenant_key: string }[];
  upper_message_id?: string;
}

/** A reaction as the reaction endpoints answer it. */
export interface MockReaction {
  reaction_id: string;
  operator: { operator_id: string; operator_type: 'app' | 'user' };
  action_time: string;
  reaction_type: { emoji_type: string };
}

/**
 * Who did something: an app's bot (`app:cli_…`) or a user (`user:ou_…`). PATCH and the delayed
 * update compare it with the message's sender; reactions are kept per operator and emoji.
 */
export type ActorKey = `app:${string}` | `user:${string}`;

/** What the store keeps of a message besides its public fields. */
export interface StoredMessage {
  message: MockMessage;
  sender: ActorKey;
  /** Whether the message was recalled (its public `deleted` is true too). */
  recalled: boolean;
  /** Whether the message was deleted, not recalled: acting on it is 230110; history leaves it out. */
  removed?: boolean;
  /** A merge-forward message's sub-messages (their ids, in order; each carries `upper_message_id`). */
  forwarded?: string[];
  reactions: (MockReaction & { operatorKey: ActorKey })[];
  /** When it was stored, as a count: the store's order (ids do not give it: the demo tenant's seeded ids are the docs'). */
  order: number;
}

/** Events the store announces (INTERFACES §3: the mock state's `emitPlatformEvent`). */
export type PlatformEventSink = (eventType: string, event: Record<string, unknown>) => void;

/**
 * What the store keeps, so that a long-running mock stays flat: the latest 1,000 messages within
 * 32 MB (a message's content and reactions counted), and the uuids of the last hour — at most 10,000
 * within 32 MB. Beyond either cap the oldest go first: a uuid forgotten that way deduplicates no
 * more, as a message forgotten is no longer listed (and reads as unknown).
 */
export const MESSAGE_STORE_LIMITS = {
  messages: { maxEntries: 1000, maxBytes: 32 * 2 ** 20 },
  uuids: { maxEntries: 10_000, maxBytes: 32 * 2 ** 20 },
} as const;

/** Bounds of the store (defaults: {@link MESSAGE_STORE_LIMITS}). */
export interface MessageStoreLimits {
  maxMessages?: number;
  maxBytes?: number;
  /** Reactions kept per message (default 500): a further one is refused by the behaviour. */
  maxReactionsPerMessage?: number;
}

/** How long a send or reply uuid deduplicates (the platform: one hour). */
const DEDUP_MS = 60 * 60 * 1000;
/** What a stored message costs beyond its content: ids, times, sender, map entries. */
const OVERHEAD_BYTES = 512;
const REACTION_BYTES = 256;
/** Threads remembered (a thread id and its root's id each). */
const THREADS = { maxEntries: 10_000, maxBytes: 4 * 2 ** 20 } as const;
/** The content a recalled message reads as in history (DH-LIST); getMessage answers none. */
export const RECALLED_CONTENT = 'This message was recalled';
/**
 * A merge-forward message's own content: a fixed text (the example of
 * schemas/events/content/merge_forward.json, which test/messages.test.ts holds it to).
 */
export const MERGE_FORWARD_CONTENT = JSON.stringify({ content: 'Merged and Forwarded Message' });

const entryBytes = (entry: StoredMessage) => OVERHEAD_BYTES + 2 * entry.message.body.content.length + entry.reactions.length * REACTION_BYTES + 80 * (entry.forwarded?.length ?? 0);
/** The order messages were stored in (an update re-sets an entry, so the map's own order is not it). */
const byAge = (a: StoredMessage, b: StoredMessage) => a.order - b.order;

export class MessageStore {
  /** Announces changes the platform sends events for; the mock wires it to its `emitPlatformEvent`. */
  emit: PlatformEventSink = () => {};
  private readonly byId: BoundedStore<string, StoredMessage>;
  private readonly byUuid = new BoundedStore<string, { message: MockMessage; until: number }>(MESSAGE_STORE_LIMITS.uuids);
  private readonly perRecipient = new RateWindows();
  private readonly perMessage = new RateWindows();
  private readonly threadRoots = new BoundedStore<string, string>(THREADS);
  readonly maxReactionsPerMessage: number;
  private seq = 0;
  private stored = 0;
  /**
   * This store's own 8 hex digits in every id it issues: two mocks, or one mock restarted, never issue
   * the same `message_id`, as Feishu never does. A receiver's dedup store (keyed by `message_id` for
   * `im.message.receive_v1`, and often persistent) outlives a mock; sequential ids from 1 in every mock
   * made a second mock's messages look like redeliveries and dropped them.
   */
  private readonly idPrefix = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');

  constructor(limits: MessageStoreLimits = {}) {
    this.byId = new BoundedStore({ maxEntries: limits.maxMessages ?? MESSAGE_STORE_LIMITS.messages.maxEntries, maxBytes: limits.maxBytes ?? MESSAGE_STORE_LIMITS.messages.maxBytes }, (_id, entry) => entryBytes(entry));
    this.maxReactionsPerMessage = limits.maxReactionsPerMessage ?? 500;
  }

  /** The messages kept, oldest first; a copy. */
  get sent(): readonly MockMessage[] {
    return [...this.byId.values()].sort(byAge).map((e) => e.message);
  }

  /** The bytes the message and uuid stores hold (for tests of the bound). */
  get bytes(): { messages: number; uuids: number } {
    return { messages: this.byId.bytes, uuids: this.byUuid.bytes };
  }

  /** The message an earlier request of this `kind` with this uuid (by this sender) made, within the hour. */
  deduplicated(sender: string, uuid: string | undefined, nowMs: number, kind = 'send'): MockMessage | undefined {
    if (!uuid) return undefined;
    const hit = this.byUuid.get(`${kind} ${sender} ${uuid}`);
    return hit && hit.until > nowMs ? hit.message : undefined;
  }

  /** Counts one send to `recipient`; the crossed limit when it is over `perSecond`. */
  take(recipient: string, perSecond: number, nowMs: number): RateLimitHit | undefined {
    return this.perRecipient.take(recipient, { perSecond }, nowMs);
  }

  /** Counts one update of `messageId`; the crossed limit when it is over `perSecond`. */
  takeUpdate(messageId: string, perSecond: number, nowMs: number): RateLimitHit | undefined {
    return this.perMessage.take(messageId, { perSecond }, nowMs);
  }

  /** A new message id, `om_` and 32 hex digits: this store's prefix, then a sequence number. */
  nextId(): string {
    this.seq += 1;
    return `om_${this.idPrefix}${this.seq.toString(16).padStart(24, '0')}`;
  }

  /** Opens a thread (`omt_…`) on `root`: the root and every reply in it carry its id. */
  openThread(root: StoredMessage): string {
    const threadId = `omt_${root.message.message_id.slice(-16)}`;
    root.message.thread_id = threadId;
    this.threadRoots.set(threadId, root.message.message_id);
    return threadId;
  }

  /** The root message id of a thread. */
  threadRoot(threadId: string): string | undefined {
    return this.threadRoots.get(threadId);
  }

  get(messageId: string): StoredMessage | undefined {
    return this.byId.get(messageId);
  }

  /** Stores a message (a send or a reply), remembering its uuid under `kind` for an hour. */
  store(message: MockMessage, sender: string, uuid: string | undefined, nowMs: number, kind = 'send'): StoredMessage {
    this.stored += 1;
    const entry: StoredMessage = { message, sender: sender as ActorKey, recalled: false, reactions: [], order: this.stored };
    this.byId.set(message.message_id, entry);
    if (uuid) {
      // Entries go in in time order, so the expired ones are the oldest.
      this.byUuid.dropOldestWhile(({ until }) => until <= nowMs);
      this.byUuid.set(`${kind} ${sender} ${uuid}`, { message, until: nowMs + DEDUP_MS });
    }
    return entry;
  }

  /** Replaces a card's content (patchMessage, the delayed update): `updated` and a new `update_time`. */
  updateCard(entry: StoredMessage, content: string, nowMs: number): void {
    entry.message.body = { content };
    entry.message.updated = true;
    entry.message.update_time = String(nowMs);
    this.remeasure(entry);
  }

  /**
   * Recalls a message: `deleted: true` (history then reads "This message was recalled", getMessage
   * no content), and announces `im.message.recalled_v1`. False when it is unknown or recalled already.
   */
  recall(messageId: string, nowMs: number, recallType: 'message_owner' | 'group_owner' | 'group_manager' | 'enterprise_manager' = 'message_owner'): boolean {
    const entry = this.byId.get(messageId);
    if (!entry || entry.recalled) return false;
    entry.recalled = true;
    entry.message.deleted = true;
    this.emit('im.message.recalled_v1', { message_id: messageId, chat_id: entry.message.chat_id, recall_time: String(nowMs), recall_type: recallType });
    return true;
  }

  /**
   * Deletes a message (not a recall: no event, and no content to read): replies, card updates,
   * getMessage and reactions on it answer 230110, history leaves it out. False when it is unknown.
   */
  delete(messageId: string): boolean {
    const entry = this.byId.get(messageId);
    if (!entry || entry.removed) return false;
    entry.removed = true;
    entry.message.deleted = true;
    return true;
  }

  /**
   * Forwards `sources` into `chatId` as one merge-forward message (合并转发), as a client does: a
   * `merge_forward` message with a fixed content, and a copy of each source as its sub-message
   * (a new id, `upper_message_id` naming the merge-forward message). getMessage answers the
   * merge-forward message and then its sub-messages; history shows only the merge-forward message.
   */
  mergeForward(chatId: string, sources: readonly StoredMessage[], sender: MockMessage['sender'], senderKey: ActorKey, nowMs: number): StoredMessage {
    const ms = String(nowMs);
    const parent: MockMessage = { message_id: this.nextId(), msg_type: 'merge_forward', create_time: ms, update_time: ms, deleted: false, updated: false, chat_id: chatId, sender: { ...sender }, body: { content: MERGE_FORWARD_CONTENT } };
    const entry = this.store(parent, senderKey, undefined, nowMs);
    entry.forwarded = sources.map((source) => {
      const { root_id: _r, parent_id: _p, thread_id: _t, ...copied } = source.message;
      const sub: MockMessage = { ...copied, sender: { ...copied.sender }, body: { ...copied.body }, message_id: this.nextId(), upper_message_id: parent.message_id };
      this.store(sub, source.sender, undefined, nowMs);
      return sub.message_id;
    });
    this.remeasure(entry);
    return entry;
  }

  /** The messages of a chat, or of a thread, oldest first (deleted ones and merge-forward sub-messages left out). */
  inContainer(kind: 'chat' | 'thread', id: string): MockMessage[] {
    const all = [...this.byId.values()].filter((e) => !e.removed && e.message.upper_message_id === undefined);
    // In a chat, a thread shows only as its root (DH-LIST).
    const held = kind === 'thread' ? all.filter((e) => e.message.thread_id === id) : all.filter(({ message: m }) => m.chat_id === id && (m.thread_id === undefined || this.threadRoots.get(m.thread_id) === m.message_id));
    return held.sort(byAge).map((e) => e.message);
  }

  /**
   * The reaction `operator` put with `emoji`, or a new one. A repeat is idempotent (§12 #17): the
   * existing record comes back and nothing is added or announced.
   */
  react(entry: StoredMessage, operatorKey: ActorKey, operator: MockReaction['operator'], emoji: string, nowMs: number, eventUser: Record<string, string> | undefined): { reaction: MockReaction; created: boolean } {
    const existing = entry.reactions.find((r) => r.operatorKey === operatorKey && r.reaction_type.emoji_type === emoji);
    if (existing) return { reaction: publicReaction(existing), created: false };
    this.seq += 1;
    const reaction = { reaction_id: btoa(`${entry.message.message_id}:${this.seq}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'), operator, action_time: String(nowMs), reaction_type: { emoji_type: emoji }, operatorKey };
    entry.reactions.push(reaction);
    this.remeasure(entry);
    this.emit('im.message.reaction.created_v1', reactionEvent(entry.message.message_id, reaction, eventUser));
    return { reaction: publicReaction(reaction), created: true };
  }

  /** Adds a reaction with a given id, announcing nothing: state a mock starts with (the demo tenant's examples). */
  seedReaction(entry: StoredMessage, reaction: MockReaction & { operatorKey: ActorKey }): void {
    entry.reactions.push(reaction);
    this.remeasure(entry);
  }

  /** Removes a reaction; announces `im.message.reaction.deleted_v1`. */
  unreact(entry: StoredMessage, reactionId: string, nowMs: number, eventUser: Record<string, string> | undefined): MockReaction | undefined {
    const at = entry.reactions.findIndex((r) => r.reaction_id === reactionId);
    if (at < 0) return undefined;
    const [removed] = entry.reactions.splice(at, 1);
    this.remeasure(entry);
    this.emit('im.message.reaction.deleted_v1', reactionEvent(entry.message.message_id, { ...removed!, action_time: String(nowMs) }, eventUser));
    return publicReaction(removed!);
  }

  /** The message a reaction id belongs to, if it is still stored (231010 vs 231011). */
  messageOfReaction(reactionId: string): string | undefined {
    let messageId: string | undefined;
    try {
      [messageId] = atob(reactionId.replace(/-/g, '+').replace(/_/g, '/')).split(':');
    } catch {
      return undefined;
    }
    return messageId && this.byId.get(messageId)?.reactions.some((r) => r.reaction_id === reactionId) ? messageId : undefined;
  }

  /** Counts an entry's bytes again after a change (the store measures an entry when it is set). */
  private remeasure(entry: StoredMessage): void {
    if (this.byId.get(entry.message.message_id) === entry) this.byId.set(entry.message.message_id, entry);
  }
}

function publicReaction(r: MockReaction): MockReaction {
  return { reaction_id: r.reaction_id, operator: { ...r.operator }, action_time: r.action_time, reaction_type: { ...r.reaction_type } };
}

/** The `event` of im.message.reaction.created_v1 / deleted_v1 (feishu-events.md: user_id is a UserId object). */
function reactionEvent(messageId: string, r: MockReaction, user: Record<string, string> | undefined): Record<string, unknown> {
  return {
    message_id: messageId,
    reaction_type: { ...r.reaction_type },
    operator_type: r.operator.operator_type,
    ...(r.operator.operator_type === 'user' ? { user_id: user ?? { open_id: r.operator.operator_id } } : { app_id: r.operator.operator_id }),
    action_time: r.action_time,
  };
}
