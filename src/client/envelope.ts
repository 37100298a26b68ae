import type { ValidationError } from '../validators/index.js';
import { FeishuApiError, FeishuContractError, FeishuUnexpectedResponseError, type FieldViolation, type PermissionViolation } from './errors.js';
import { retryAfterSeconds } from './retry.js';
import type { SecretSet } from './secrets.js';
import type { Answer } from './transport.js';

/** An answer with its body decoded and parsed — once per attempt; every layer reads this object. */
export interface Received extends Answer {
  text: string;
  /** The parsed JSON body; `undefined` when the body is not JSON. */
  json: unknown;
}

const decoder = new TextDecoder();

/** Decodes and parses an answer's body, once. */
export function receive(answer: Answer): Received {
  const text = decoder.decode(answer.body);
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { ...answer, text, json };
}

/** The `code` of a JSON envelope, if the body is one. */
export function codeOf(received: Received): number | undefined {
  const json = received.json as { code?: unknown } | undefined;
  return json && typeof json === 'object' && typeof json.code === 'number' ? json.code : undefined;
}

const encoder = new TextEncoder();

/**
 * An error answer as `client.api` returns it: with no secret the client holds in its body, at any
 * depth or as a key (issue 21, item 7). A success answer (2xx and `code` 0) is returned as it is.
 * A JSON body that may hold a secret (any of its forms in the text, or a `\u` escape that could
 * spell one) is parsed, scrubbed ({@link SecretSet.scrubValue}: subtrees too deep to scrub are
 * dropped with a marker) and serialized again; any other body is scrubbed as text.
 */
export function scrubbedErrorAnswer(received: Received, secrets: SecretSet): Received {
  const success = received.status >= 200 && received.status <= 299 && codeOf(received) === 0;
  if (success || secrets.empty) return received;
  const scrubbedText = secrets.scrub(received.text);
  if (scrubbedText === received.text && !received.text.includes('\\u')) return received;
  const text = received.json === undefined ? scrubbedText : JSON.stringify(secrets.scrubValue(received.json));
  const json = received.json === undefined ? undefined : (JSON.parse(text) as unknown);
  return { ...received, text, json, body: encoder.encode(text) };
}

/** The first characters of a body for an error, secrets removed before it is cut (a cut must not leave half a secret). */
export function snippetOf(text: string, secrets: SecretSet): string {
  return secrets.scrub(text).slice(0, 200);
}

/** The answer was not JSON, or not a Feishu envelope. */
export function unexpected(received: Received, secrets: SecretSet): FeishuUnexpectedResponseError {
  return new FeishuUnexpectedResponseError(received.status, received.headers.get('content-type') ?? undefined, snippetOf(received.text, secrets));
}

/**
 * The success envelope of an answer, or the typed error it stands for: not JSON or not an envelope
 * → FeishuUnexpectedResponseError; `code != 0` or a non-2xx status → FeishuApiError (whatever the
 * HTTP status: Feishu answers some failures with 200).
 */
export function successEnvelope(received: Received, secrets: SecretSet): { code: 0; msg: string; [key: string]: unknown } {
  const envelope = received.json as { code?: unknown; msg?: unknown; error?: { log_id?: unknown; permission_violations?: unknown; field_violations?: unknown } } | undefined;
  if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope) || typeof envelope.code !== 'number') throw unexpected(received, secrets);
  if (envelope.code !== 0 || received.status < 200 || received.status > 299) {
    const error = envelope.error && typeof envelope.error === 'object' ? envelope.error : undefined;
    throw new FeishuApiError({
      code: envelope.code,
      msg: secrets.scrub(typeof envelope.msg === 'string' ? envelope.msg : ''),
      httpStatus: received.status,
      logId: received.headers.get('x-tt-logid') || (typeof error?.log_id === 'string' ? error.log_id : undefined),
      permissionViolations: Array.isArray(error?.permission_violations) ? (error.permission_violations as PermissionViolation[]) : [],
      fieldViolations: fieldViolationsOf(error?.field_violations, secrets),
      retryAfterSeconds: retryAfterSeconds(received.headers),
      body: secrets.scrubValue(envelope),
    });
  }
  return envelope as { code: 0; msg: string };
}

/** The well-formed entries of error.field_violations (a field name, maybe a description), scrubbed of secrets. */
function fieldViolationsOf(list: unknown, secrets: SecretSet): FieldViolation[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((v): v is { field: string; description?: unknown; value?: unknown } => !!v && typeof v === 'object' && typeof (v as { field?: unknown }).field === 'string')
    .map((v) => ({
      field: secrets.scrub(v.field),
      ...(typeof v.description === 'string' && { description: secrets.scrub(v.description) }),
      ...(typeof v.value === 'string' && { value: secrets.scrub(v.value) }),
    }));
}

const broken = (schemaId: string, path: string, message: string): FeishuContractError =>
  new FeishuContractError(schemaId, [{ path, keyword: 'type', message } satisfies ValidationError]);

/**
 * The `data` of a success envelope, checked to be an object. Done whatever `validateResponses`
 * says: the client reads `data`, so its shape is never taken on trust.
 */
export function dataOf(envelope: object, operationId: string): Record<string, unknown> {
  const data = (envelope as { data?: unknown }).data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw broken(`${operationId}.response`, '/data', `data must be an object (got ${describe(data)})`);
  return data as Record<string, unknown>;
}

/** One page as a paginated operation answers it. */
export interface PageShape<Item> {
  items: Item[];
  has_more: boolean;
  page_token?: string;
}

/** Checks the fields pagination relies on: `items` an array, `has_more` a boolean, `page_token` a string when present. */
export function checkPage<Item>(data: Record<string, unknown>, operationId: string, itemsKey = 'items'): PageShape<Item> {
  const schemaId = `${operationId}.response`;
  if (!Array.isArray(data[itemsKey])) throw broken(schemaId, `/data/${itemsKey}`, `data.${itemsKey} must be an array (got ${describe(data[itemsKey])})`);
  if (typeof data.has_more !== 'boolean') throw broken(schemaId, '/data/has_more', `data.has_more must be a boolean (got ${describe(data.has_more)})`);
  if (data.page_token !== undefined && data.page_token !== null && typeof data.page_token !== 'string') throw broken(schemaId, '/data/page_token', `data.page_token must be a string (got ${describe(data.page_token)})`);
  return { items: data[itemsKey] as Item[], has_more: data.has_more, page_token: typeof data.page_token === 'string' ? data.page_token : undefined };
}

/** The JSON type of a value, never the value (it may be anything a server sent). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}
