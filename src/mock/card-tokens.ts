// The card-callback tokens of the mock (INTERFACES §4): `issue(messageId, appId)` when the mock fires
// a card.action.trigger callback, and the rules updateCardByToken applies to them — a `c-…` token,
// valid for the contract's lifetime (30 minutes), usable N times (the contract's Feishu figure, 2;
// configurable, e.g. to Lark's 3). Bounded in count (and so in bytes: an entry is a few ids).
import { randomBytes } from 'node:crypto';
import { BoundedStore } from './bounded-store.js';

/** What a token stands for. */
export interface CardToken {
  messageId: string;
  appId: string;
  issuedAt: number;
  uses: number;
  /**
   * Whether the callback it came with has been answered. An update before that is accepted and
   * discarded, as the platform reverts it ("更新后立即复原").
   */
  answered: boolean;
}

/** Why a token cannot be used (each maps to its documented code in updateCardByToken). */
export type CardTokenProblem = 'format' | 'expired' | 'usedUp';

export interface CardTokenOptions {
  /** Uses per token (default: the contract's Feishu figure). */
  uses: number;
  lifetimeMs: number;
  now: () => number;
  /** Tokens kept (default 10 000): the oldest go first. */
  maxTokens?: number;
}

export class CardTokens {
  private readonly tokens: BoundedStore<string, CardToken>;
  constructor(private readonly options: CardTokenOptions) {
    // A token and what it stands for are a few ids: 200 bytes is an upper size.
    this.tokens = new BoundedStore({ maxEntries: options.maxTokens ?? 10_000, maxBytes: (options.maxTokens ?? 10_000) * 256 }, (key, t) => 2 * (key.length + t.messageId.length + t.appId.length) + 64);
  }

  /**
   * A new token for a callback on `messageId`, a card `appId`'s bot sent. `pending`: the callback is
   * not answered yet. `token`: the token to issue (the demo tenant's example tokens), else a random one.
   */
  issue(messageId: string, appId: string, pending = false, token = `c-${randomBytes(16).toString('hex')}`): string {
    // Tokens go in in time order: the expired ones are the oldest.
    const now = this.options.now();
    this.tokens.dropOldestWhile((t) => now - t.issuedAt >= this.options.lifetimeMs);
    this.tokens.set(token, { messageId, appId, issuedAt: this.options.now(), uses: 0, answered: !pending });
    return token;
  }

  /** Marks the callback of `token` answered: updates from now on are applied. */
  answered(token: string): void {
    const held = this.tokens.get(token);
    if (held) held.answered = true;
  }

  /** Uses a token once: what it stands for, or why it cannot be used. */
  use(token: string): CardToken | { problem: CardTokenProblem } {
    if (!token.startsWith('c-')) return { problem: 'format' };
    const held = this.tokens.get(token);
    if (!held || this.options.now() - held.issuedAt >= this.options.lifetimeMs) return { problem: 'expired' };
    if (held.uses >= this.options.uses) return { problem: 'usedUp' };
    held.uses += 1;
    return held;
  }

  get size(): number {
    return this.tokens.size;
  }
}
