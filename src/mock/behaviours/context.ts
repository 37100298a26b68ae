// What a behaviour module receives: the checked request, and the mock's state and answer helpers.
import type { ErrorCodeName } from '../../contract-facts.js';
import type { MockChat, MockDataset } from '../data.js';
import type { ValidationError } from '../../validators/index.js';
import type { MockOperation } from '../routes.js';
import type { BoundedStore } from '../bounded-store.js';
import type { CardTokens } from '../card-tokens.js';
import type { FormProblem, ReceivedForm } from '../multipart.js';
import type { UploadStore } from '../uploads.js';
import type { MessageStore } from './message-store.js';
import type { LongConnectionHub } from '../longconn/hub.js';

/** Who a request authenticated as. */
export type Caller = { kind: 'bot' } | { kind: 'user'; openId: string };

/** An answer before serialization: the status, the JSON body, extra headers. */
export interface MockAnswer {
  status: number;
  /** The JSON value; or its text, or its UTF-8 bytes (a cached page), already serialized. */
  body: unknown;
  headers?: Record<string, string>;
}

/** One request, parsed and checked against its operation's contract. */
export interface BehaviourRequest {
  operation: MockOperation;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  /** The JSON body (already checked against the operation's body schema), if it takes one. */
  body: unknown;
  /** Undefined for operations that take no token. */
  caller: Caller | undefined;
  logId: string;
  /** A multipart body as received (its binary parts' bytes); `body` is then the form as its schema describes it. */
  form?: ReceivedForm;
}

/** The mock's state and helpers, shared by every behaviour. */
export interface MockRuntime {
  app: { appId: string; appSecret: string };
  /** The tenant, through the view that counts edits (read and write it only through this). */
  dataset: MockDataset;
  /** The dataset's edit count: an answer computed at one version holds until it changes. */
  datasetVersion: () => number;
  tenantTokens: BoundedStore<string, number>;
  now: () => number;
  tokenTtlSeconds: number;
  /** An answer with a documented error code: status and message come from the contract. */
  fail: (name: ErrorCodeName, logId: string, extra?: Record<string, unknown>, detail?: string) => MockAnswer;
  /** The invalid-parameter answer naming each field and its rule. */
  invalidParameter: (violations: { field: string; description: string }[], logId: string) => MockAnswer;
  /** Pagination over a result list, with opaque page tokens and per-walk snapshots. */
  paging: Paging;
  /** The one message store: sends, replies, card updates, history, reactions, recalls. */
  messages: MessageStore;
  /** What uploadImage and uploadFile stored. */
  uploads: UploadStore;
  /** Card-callback tokens (updateCardByToken). */
  cardTokens: CardTokens;
  /** Reports what the mock accepted although the platform may not (e.g. a PATCH without update_multi). */
  warn: (message: string) => void;
  /** Rules the mock's options choose where the platform's are not documented (§12 #8, #16). */
  rules: { strictUpdateMulti: boolean; lenientMemberIds: boolean };
  /** The long connection: URLs handed out, open WebSockets, deliveries over them. */
  longConnection: LongConnectionHub;
  /**
   * Announces a change the platform pushes to subscribed apps (a member added, a message recalled):
   * the mock builds the whole envelope of `eventType` from its dataset with `event` laid over it,
   * and delivers it. A no-op while the app has no event URL and no long connection.
   */
  emitPlatformEvent: (eventType: string, event: Record<string, unknown>) => void;
}

/** Where a page starts and how many items it holds, and the page token of a later offset. */
export interface PageWindow {
  offset: number;
  size: number;
  tokenFor: (offset: number) => string;
}

/** What computing a result list read of the dataset, and the bytes keeping that record takes. */
export interface Basis {
  bytes: number;
}

/** How a first page may reuse the list held instead of computing it again. */
export interface SnapshotReuse<T, B extends Basis> {
  /** Records what computing `list` read (called right after `compute`). */
  basis: (list: T[]) => B;
  /** Whether nothing the basis recorded has changed, so that computing again would give `held`. */
  unchanged: (held: T[], basis: B) => boolean;
}

/** Pagination helpers (see behaviours/paging.ts). */
export interface Paging {
  /**
   * The result list a walk pages through: computed on its first page, reused by the pages that
   * follow; a first page also reuses the list held when `reuse` confirms it is what `compute`
   * would give now.
   */
  snapshot: <T, B extends Basis>(fingerprint: string, caller: Caller, query: Record<string, unknown>, compute: () => T[], reuse?: SnapshotReuse<T, B>) => T[];
  /** The page a query asks for (page_size, page_token), or the invalid-parameter answer for a token this query was not issued. */
  window: (operationId: string, query: Record<string, unknown>, fingerprint: string, logId: string) => PageWindow | MockAnswer;
  /** The `reuse` of a list computed from the dataset alone (and the request): held until the dataset's next edit. */
  untilEdited: SnapshotReuse<unknown, Basis & { version: number }>;
  /** One page of `chats`, or the invalid-parameter answer for a page_token this query was not issued. */
  page: (operationId: string, chats: MockChat[], query: Record<string, unknown>, fingerprint: string, caller: Caller, logId: string) => MockAnswer;
}

/** A behaviour module: how a fake of the operation answers a checked request. */
export type Behaviour = ((request: BehaviourRequest, mock: MockRuntime) => MockAnswer) & {
  /** How the operation answers a body that breaks its contract (default: its invalid-parameter error). */
  invalidBody?: InvalidBody;
  /** How the operation answers a body that is not JSON (default: its invalid-parameter error). */
  notJson?: (logId: string, mock: MockRuntime) => MockAnswer;
  /**
   * Concurrent requests that collide (src/mock/in-flight.ts): the key a request holds from its head
   * until it is answered (undefined: none), and the documented code a request gets that arrives
   * while another of its key is in flight.
   */
  concurrency?: { key: (pathParams: Record<string, string>, caller: Caller | undefined, search: URLSearchParams) => string | undefined; error: ErrorCodeName };
  /** How the operation answers a multipart form refused while streaming in (default: its invalid-parameter error). */
  formProblem?: (problem: FormProblem, logId: string, mock: MockRuntime) => MockAnswer | undefined;
};

/** The answer to a body that breaks the contract, from its errors (the body is parsed JSON). */
export type InvalidBody = (errors: ValidationError[], body: unknown, logId: string, mock: MockRuntime) => MockAnswer;
