import { FeishuError } from './errors.js';

/** One page as the chat endpoints answer it. */
export interface Page<Item> {
  items?: Item[];
  page_token?: string;
  has_more: boolean;
}

/**
 * Iterates items across pages. Ends only on `has_more: false` (the last page may carry an empty or
 * even a stale token); starts from the caller's `page_token` to resume; throws on any error, on
 * `has_more: true` without a token, and on a token seen before (a server loop).
 */
export async function* paginate<Item, Q extends { page_token?: string }>(fetchPage: (query: Q) => Promise<Page<Item>>, query: Q): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<string>();
  let token = query.page_token;
  if (token) seen.add(token);
  for (;;) {
    const page = await fetchPage({ ...query, page_token: token });
    yield* page.items ?? [];
    if (!page.has_more) return;
    const next = page.page_token;
    if (!next) throw new FeishuError('Feishu answered has_more: true without a page_token; cannot continue');
    if (seen.has(next)) throw new FeishuError(`Feishu repeated page_token ${JSON.stringify(next.slice(0, 40))}: stopping a pagination loop`);
    seen.add(next);
    token = next;
  }
}
