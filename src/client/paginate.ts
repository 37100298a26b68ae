import { quote, quoting } from '../errors.js';
import { FeishuPaginationError } from './errors.js';

/** One page as a paginated operation answers it (already checked by the envelope layer). */
export interface Page<Item> {
  items: Item[];
  page_token?: string;
  has_more: boolean;
}

/** Pages a listing may fetch unless told otherwise: 10 000 pages of 100 is a million items. */
export const DEFAULT_MAX_PAGES = 10_000;

/**
 * Iterates items across pages. Ends only on `has_more: false` (the last page may carry an empty or
 * even a stale token); starts from the caller's page token (`startToken`) to resume; throws on any error, on
 * `has_more: true` without a token, on a token seen before (a server loop), and when `maxPages`
 * pages were fetched and the server still has more — never a silent truncation.
 */
export async function* paginate<Item>(
  fetchPage: (pageToken: string | undefined) => Promise<Page<Item>>,
  startToken: string | undefined,
  maxPages: number = DEFAULT_MAX_PAGES,
  /** Maps any error before it leaves (the client names its operation and scrubs secrets here). */
  leaving: (error: unknown) => unknown = (error) => error,
): AsyncGenerator<Item, void, undefined> {
  // The caller's loop is the only generator layer per item: items are yielded from a plain loop
  // over the page's array (no `yield*` delegation, which costs an extra await per item and layer).
  try {
    const seen = new Set<string>();
    let token = startToken || undefined;
    if (token) seen.add(token);
    for (let pages = 1; ; pages++) {
      const page = await fetchPage(token);
      const items = page.items;
      for (let i = 0; i < items.length; i++) yield items[i]!;
      if (!page.has_more) return;
      if (pages >= maxPages) throw new FeishuPaginationError(`Stopped after maxPages (${maxPages}) pages while Feishu still had more; raise maxPages or narrow the query`);
      const next = page.page_token;
      if (!next) throw new FeishuPaginationError('Feishu answered has_more: true without a page_token; cannot continue');
      if (seen.has(next)) throw new FeishuPaginationError(quoting`Feishu repeated page_token ${quote(JSON.stringify(next.slice(0, 40)))}: stopping a pagination loop`);
      seen.add(next);
      token = next;
    }
  } catch (error) {
    throw leaving(error);
  }
}
