// PLACEHOLDER (events): the minimal card-token store with the interface helper `messages` owns
// (INTERFACES.md §4); replaced by theirs when it lands.
import { BoundedStore } from './bounded-store.js';

const tokens = new BoundedStore<string, { messageId: string; appId: string; until: number; uses: number }>({ maxEntries: 10_000, maxBytes: 4 * 2 ** 20 });
let seq = 0;

/** Issues the callback token of a click on `messageId` (valid 30 min). */
export function issueCardToken(messageId: string, appId: string): string {
  seq += 1;
  const token = `c-${Date.now().toString(16)}${seq.toString(16).padStart(8, '0')}`;
  tokens.set(token, { messageId, appId, until: Date.now() + 30 * 60_000, uses: 0 });
  return token;
}
