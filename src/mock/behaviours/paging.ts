// Pagination of the chat endpoints: opaque, signed page tokens and a snapshot per walk.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { queryFacts } from '../../contract-facts.js';
import { BoundedStore } from '../bounded-store.js';
import type { MockChat, MockDataset } from '../data.js';
import { chatItemJson } from './chat-item.js';
import type { ErrorCodeName } from '../../contract-facts.js';
import type { Basis, Caller, MockAnswer, MockRuntime, Paging, PageWindow, SnapshotReuse } from './context.js';

/**
 * Bounds of the memo stores: a long-running mock stays flat whatever the callers send. Their keys
 * and tokens are made from the query's digest (or its fingerprint when that is at most 128
 * characters), never its whole text, so each entry has a bounded size.
 */
const MEMO = { maxEntries: 4096, maxBytes: 2 * 2 ** 20 };
const SNAPSHOTS = { maxEntries: 64, maxBytes: 8 * 2 ** 20 };
const PAGES = { maxEntries: 1024, maxBytes: 8 * 2 ** 20 };
/** A fingerprint as part of a memo key: itself when short, else its digest (so that a key stays small). */
const keyOf = (fingerprint: string) => (fingerprint.length > 128 ? `#${digest(fingerprint)}` : `=${fingerprint}`);

/** A snapshot held: the list, and what computing it read (when it can be reused on a first page). */
interface Snapshot<T = unknown, B extends Basis = Basis> {
  list: T[];
  basis?: B;
}

/** A page's answer as sent, and what it was made of. */
interface CachedPage {
  list: unknown[];
  version: number;
  body: Buffer;
}

function remember<K, V>(store: BoundedStore<K, V>, key: K, value: V): V {
  store.set(key, value);
  return value;
}

/**
 * A fixed-size digest of a query's fingerprint. A page token carries this, not the fingerprint
 * itself: a search v2 body with long filters would otherwise make a token of tens of KB, which the
 * contract's page_token (maxLength in spec/components/parameters/PageToken.yaml) refuses, so a
 * client could never send it back (issue 21, item 12).
 */
const digest = (fingerprint: string) => createHash('sha256').update(fingerprint).digest('base64url').slice(0, 22);

/**
 * Paging over `dataset` (whose edit count `version` gives), answering invalid page tokens with
 * `invalid`.
 */
export function createPaging(dataset: MockDataset, version: () => number, invalid: (field: string, description: string, logId: string) => MockAnswer): Paging {
  const secret = randomBytes(16);
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 16);
  // Signing is the costliest step of a page: a walk's tokens are the same for every caller that
  // repeats it, so each is signed once (and each accepted token verified once).
  const issued = new BoundedStore<string, string>(MEMO);
  const accepted = new BoundedStore<string, { o: number; f: string }>(MEMO);

  function pageToken(offset: number, query: string): string {
    const fingerprint = digest(query);
    const key = `${offset}|${fingerprint}`;
    const known = issued.get(key);
    if (known) return known;
    const payload = Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url');
    return remember(issued, key, `${payload}.${sign(payload)}`);
  }

  function readPageToken(token: string, query: string): number | undefined {
    const fingerprint = digest(query);
    let decoded = accepted.get(token);
    if (!decoded) {
      const [payload, mac] = token.split('.');
      if (!payload || !mac || sign(payload) !== mac) return undefined;
      try {
        const { o, f } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (!Number.isInteger(o) || o < 0 || typeof f !== 'string') return undefined;
        decoded = remember(accepted, token, { o, f });
      } catch {
        return undefined;
      }
    }
    return decoded.f === fingerprint ? decoded.o : undefined;
  }

  /**
   * The result list a pagination walks: computed on its first page and reused by the pages that
   * follow (their page_token names it), so paging is a consistent snapshot and a 100-page walk
   * does not filter and sort the whole tenant 100 times. A first page recomputes, so that changes
   * to the dataset show from the next pagination on, unless `reuse` confirms that the list held is
   * what computing it again would give: it records what the computation read (its `basis`, counted
   * in the store's bytes) and checks that none of it has changed.
   */
  const snapshots = new BoundedStore<string, Snapshot>(SNAPSHOTS, (key, s) => 2 * key.length + 16 * s.list.length + (s.basis?.bytes ?? 0) + 64);
  function snapshot<T, B extends Basis>(fingerprint: string, caller: Caller, query: Record<string, unknown>, compute: () => T[], reuse?: SnapshotReuse<T, B>): T[] {
    const key = `${keyOf(fingerprint)}|${caller.kind === 'bot' ? 'bot' : caller.openId}`;
    const continuing = typeof query.page_token === 'string' && query.page_token !== '';
    const held = snapshots.get(key) as Snapshot<T, B> | undefined;
    if (held && (continuing || (reuse && held.basis && reuse.unchanged(held.list, held.basis)))) return held.list;
    const list = compute();
    // A list whose basis would not fit is still kept (for the pages that follow), without it.
    if (!reuse || !snapshots.add(key, { list, basis: reuse.basis(list) })) snapshots.set(key, { list });
    return list;
  }

  /**
   * The bytes of pages already answered, reused while the page would be the same: the same list
   * (a snapshot's identity), offset, size, id type and caller, at the same dataset version (each
   * item is made from the dataset alone). Bounded in entries and bytes.
   */
  const pages = new BoundedStore<string, CachedPage>(PAGES, (key, page) => 2 * key.length + page.body.byteLength + 96);
  function window(operationId: string, query: Record<string, unknown>, fingerprint: string, logId: string): PageWindow | MockAnswer {
    const size = (query.page_size as number | undefined) ?? (queryFacts(operationId).page_size!.default as number);
    let offset = 0;
    if (typeof query.page_token === 'string' && query.page_token !== '') {
      const decoded = readPageToken(query.page_token, fingerprint);
      if (decoded === undefined) return invalid('page_token', 'page_token was not issued for this query', logId);
      offset = decoded;
    }
    return { offset, size, tokenFor: (next) => pageToken(next, fingerprint) };
  }

  function page(operationId: string, chats: MockChat[], query: Record<string, unknown>, fingerprint: string, caller: Caller, logId: string): MockAnswer {
    const at = window(operationId, query, fingerprint, logId);
    if ('status' in at) return at;
    const { offset, size } = at;
    const idType = (query.user_id_type as string | undefined) ?? (queryFacts(operationId).user_id_type!.default as string);
    const key = `${caller.kind === 'bot' ? 'bot' : caller.openId}|${offset}|${size}|${idType}|${keyOf(fingerprint)}`;
    const cached = pages.get(key);
    const now = version();
    if (cached && cached.list === chats && cached.version === now) return { status: 200, body: cached.body };
    const hasMore = offset + size < chats.length;
    // The envelope is written as text around each item's (cached) JSON: the same bytes
    // JSON.stringify would give for { code, msg, data: { items, page_token, has_more } }.
    let items = '';
    const end = Math.min(offset + size, chats.length);
    for (let i = offset; i < end; i++) items += (i === offset ? '' : ',') + chatItemJson(chats[i]!, idType, caller, dataset);
    const token = JSON.stringify(hasMore ? at.tokenFor(offset + size) : '');
    const body = Buffer.from(`{"code":0,"msg":"success","data":{"items":[${items}],"page_token":${token},"has_more":${hasMore}}}`);
    pages.set(key, { list: chats, version: now, body });
    return { status: 200, body };
  }

  // A list computed from the dataset alone is the same until the dataset's next edit.
  const untilEdited: SnapshotReuse<unknown, Basis & { version: number }> = {
    basis: () => ({ bytes: 64, version: version() }),
    unchanged: (_held, basis) => basis.version === version(),
  };

  return { snapshot, window, page, untilEdited };
}

const pagingsByError = new WeakMap<MockRuntime, Map<ErrorCodeName, Paging>>();
/**
 * The mock's paging for an operation whose refused page_token answers its own error (listMessages: 230001,
 * listReactions: 231012) rather than the chat endpoints' 232001: one per mock and error, made on first use.
 */
export function pagingRefusingWith(mock: MockRuntime, error: ErrorCodeName): Paging {
  let byError = pagingsByError.get(mock);
  if (!byError) pagingsByError.set(mock, (byError = new Map()));
  let paging = byError.get(error);
  if (!paging) {
    paging = createPaging(mock.dataset, mock.datasetVersion, (field, description, logId) => mock.fail(error, logId, { field_violations: [{ field, description }] }));
    byError.set(error, paging);
  }
  return paging;
}
