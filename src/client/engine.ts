// The client's machinery — transports, retries, the token source, envelope and page checks, input
// validation, multipart encoding, openapi-fetch for `client.api` — loaded with import() by the first
// call of a client (src/client/index.ts), not when the package root is imported: a process that
// imports the root and never calls pays for none of it (issue 26.1; bench/NOTES.md "Import").
import createClient, { createQuerySerializer, defaultPathSerializer, type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { errorCodes } from '../contract-facts.js';
import type { ValidationError } from '../validators/index.js';
import { responseSchemaId } from '../validators/response-schema-id.js';
import { runValidator, type CompiledValidator } from '../validators/run.js';
import { schemaIds } from '../../generated/contract-index.js';
import { tokenSource, type HeldToken } from './auth.js';
import { checkPage, codeOf, dataOf, scrubbedErrorAnswer, successEnvelope, type Received } from './envelope.js';
import { FeishuContractError } from './errors.js';
import type { CallOptions, FeishuClientOptions } from './index.js';
import { outgoingOf, responseOf, throughMiddleware } from './middleware.js';
import { encodeForm, formForValidation } from './multipart.js';
import { nodeTransport } from './node-transport.js';
import type { ClientSettings } from './options.js';
import { metas, type ResponseMeta } from './response-meta.js';
import { retrying } from './retry.js';
import { leaving, type SecretSet } from './secrets.js';
import { IDEMPOTENT_METHODS, isIdempotent, operationForRequest, operationOf, operations, parsedBody, type OperationInfo } from './table.js';
import { checkTokenRestrictions, knownTokenType } from './token-restrictions.js';
import { fetchTransport, replayable, toHeaders, type Outgoing, type Transport } from './transport.js';
import { checkQuery, checkUrlValue, fillPath, joinUrl, queryString } from './url.js';

type Validators = typeof import('../validators/index.js');
let loadedValidators: Validators | undefined;
/**
 * The compiled validators of the whole contract, loaded by the first call that checks a body or an
 * answer (validateResponses), not at import: a process that never does pays nothing.
 */
async function loadValidators(): Promise<Validators> {
  return (loadedValidators ??= await import('../validators/index.js'));
}

type RequestValidators = Record<string, CompiledValidator | undefined>;
let loadedRequestValidators: RequestValidators | undefined;
/**
 * The path and query checks of every operation (generated/request-validators.js: the same ajv code
 * as the whole contract's validators, for those schemas only, about 1/20 of the size): what a call
 * without a body loads to check its input (issue 26.2).
 */
async function loadRequestValidators(): Promise<RequestValidators> {
  return (loadedRequestValidators ??= (await import('../../generated/request-validators.js')) as unknown as RequestValidators);
}

/** The meta of an answer; its `Headers` is built when first read (see {@link toHeaders}). */
function metaOf(received: Received): ResponseMeta {
  // Only the raw headers are kept (not `received`): a result kept alive must not keep its answer's
  // body bytes and text (two copies of a 100 KB page) alive with it.
  const raw = received.headers;
  let headers: Headers | undefined;
  return {
    status: received.status,
    logId: raw.get('x-tt-logid') || undefined,
    get headers() {
      return (headers ??= toHeaders(raw));
    },
  };
}

function withoutStatus(envelope: object): object {
  const { code: _code, msg: _msg, ...rest } = envelope as Record<string, unknown>;
  return rest;
}

/** The transport `settings.transport` names (checked by clientSettings). */
function transportFor(options: FeishuClientOptions, settings: ClientSettings): Transport {
  if (settings.transport === 'node') return nodeTransport(settings.maxResponseBytes);
  return fetchTransport(options.fetch ?? ((request) => globalThis.fetch(request)), settings.maxResponseBytes);
}

/** What a client's calls run on: `request` and the openapi-fetch client behind `client.api`. @internal */
export interface Engine {
  request(operationId: string, params?: { path?: object; query?: object; body?: unknown }, callOptions?: CallOptions): Promise<unknown>;
  api(): Client<paths>;
}

/**
 * The machinery of one client: `options` as createFeishuClient was given them (middleware copied),
 * `settings` as clientSettings checked them, `secrets` the client's (its auth registered already).
 * @internal
 */
export function createEngine(options: FeishuClientOptions, settings: ClientSettings, secrets: SecretSet): Engine {
  const { baseUrl, timeoutMs, maxResponseBytes, retry } = settings;
  const mode = options.validateResponses ?? 'off';
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  const middleware = options.middleware ?? [];
  const send = retrying(transportFor(options, settings), { retry, timeoutMs });
  const tokens = tokenSource(options.auth, { baseUrl, send, secrets });
  const tokenType = knownTokenType(options.auth);

  /** Sends with the token; a tenant token the platform refused is renewed once (shared by all callers refused with it). */
  const authedSend = async (outgoing: Outgoing, call: { signal?: AbortSignal; idempotent: boolean }): Promise<Received> => {
    const limits = { signal: call.signal, timeoutMs };
    const sendWith = (held: HeldToken) => send({ ...outgoing, headers: { ...outgoing.headers, authorization: `Bearer ${held.token}` } }, call);
    const held = await tokens.get(limits);
    const received = await sendWith(held);
    // A refused token is renewed and the request sent again — unless its body is a stream, read once already.
    if (codeOf(received) === errorCodes.tenantTokenInvalid.code && tokens.invalidate(held) && replayable(outgoing)) return sendWith(await tokens.get(limits));
    return received;
  };

  async function guarded<T>(operationId: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw leaving(secrets, operationId, error);
    }
  }

  /** Checks one input against its schema in the table; a violation is a FeishuContractError and nothing is sent. */
  const checkInput = (validators: Validators, schemaId: string | undefined, value: unknown) => {
    if (!schemaId || !validators.isSchemaId(schemaId)) return;
    const check = validators.validate(schemaId, value ?? {});
    if (!check.valid) throw new FeishuContractError(schemaId, check.errors);
  };
  /** {@link checkInput} for path and query parameters, with their own small module. */
  const checkParams = (validators: RequestValidators, schemaId: string | undefined, value: unknown) => {
    const name = schemaId && Object.prototype.hasOwnProperty.call(schemaIds, schemaId) ? schemaIds[schemaId]!.export : undefined;
    const validator = name === undefined ? undefined : validators[name];
    if (!validator) return;
    const check = runValidator(validator, value ?? {});
    if (!check.valid) throw new FeishuContractError(schemaId!, check.errors);
  };

  /** Sends one operation and returns its checked success envelope. */
  async function exchange(op: OperationInfo, params: { path?: object; query?: object; body?: unknown }, callOptions: CallOptions): Promise<{ envelope: object; received: Received }> {
    const requestValidators = loadedRequestValidators ?? (await loadRequestValidators());
    checkParams(requestValidators, op.schemas.path, params.path);
    checkParams(requestValidators, op.schemas.query, params.query);
    if (op.tokenTypes.length) checkTokenRestrictions(op, (params.query ?? {}) as Record<string, unknown>, tokenType);
    // A multipart form is checked as its schema describes it (binary parts by their limits), then streamed.
    const form = op.body?.mediaType === 'multipart/form-data' ? (params.body ?? {}) as Record<string, unknown> : undefined;
    if (op.schemas.body || params.body !== undefined) checkInput(loadedValidators ?? (await loadValidators()), op.schemas.body, form ? formForValidation(op, form) : params.body);
    const query = (params.query ?? {}) as Record<string, unknown>;
    const encoded = form && encodeForm(op, form, callOptions.fileNames);
    const outgoing: Outgoing = {
      method: op.method,
      url: joinUrl(baseUrl, fillPath(op, params.path as Record<string, unknown> | undefined)) + queryString(query, `${op.operationId}.query`),
      headers: encoded ? { 'content-type': encoded.contentType } : params.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: encoded ? encoded.body : params.body === undefined ? undefined : JSON.stringify(params.body),
    };
    // An upload is never retried: its body is a stream, read once.
    const call = { signal: callOptions.signal, idempotent: !encoded && isIdempotent(op, params.body, query) };
    const received = await throughMiddleware(middleware, outgoing, { schemaPath: op.path, params: { query, path: params.path as Record<string, unknown> }, maxResponseBytes, signal: callOptions.signal }, (o) =>
      // An operation that takes no token (the token endpoint) is sent without one.
      op.tokenTypes.length ? authedSend(o, call) : send(o, call),
    ).catch((error: unknown) => {
      // A limit a streamed part broke while it flowed ended the request: that is the error to report.
      throw encoded?.body.failure() ?? error;
    });
    const envelope = successEnvelope(received, secrets);
    const schemaId = responseSchemaId(op.operationId, received.status);
    if (mode !== 'off' && schemaId) {
      const result = (loadedValidators ?? (await loadValidators())).validate(schemaId, envelope);
      if (!result.valid) {
        const error = new FeishuContractError(schemaId, result.errors);
        if (mode === 'strict') throw error;
        warn(secrets.scrub(error.message), { schemaId, errors: secrets.scrubValue(result.errors) as ValidationError[] });
      }
    }
    return { envelope, received };
  }

  /** The success `data` of an operation (checked to be an object whatever validateResponses says; pages checked further). */
  async function request(operationId: string, params: { path?: object; query?: object; body?: unknown } = {}, callOptions: CallOptions = {}): Promise<unknown> {
    return guarded(operationId, async () => {
      const op = operationOf(operationId);
      const { envelope, received } = await exchange(op, params, callOptions);
      // Auth endpoints answer their fields at the top level (the result is the envelope without code
      // and msg); every other operation answers `data`.
      const result = op.tokenTypes.length && !op.dataless ? dataOf(envelope, operationId) : withoutStatus(envelope);
      if (op.pagination) checkPage(result as Record<string, unknown>, operationId, op.pagination.itemsKey);
      metas.set(result, metaOf(received));
      return result;
    });
  }

  // Built on first use: openapi-fetch reads globalThis.Request when created, which on Node 20 loads
  // all of undici — a cost a client that never touches `api` (on the node transport) need not pay.
  const makeApi = () => {
    const apiBase = baseUrl.replace(/\/+$/, '');
    const serializeQuery = createQuerySerializer({ array: { style: 'form', explode: false } });
    /** The operation a path template names (any method: they share path parameters). */
    const templateOp = (template: string) => (Object.values(operations) as OperationInfo[]).find((o) => o.path === template);
    const api = createClient<paths>({
      baseUrl: apiBase,
      // Values no URL can carry, and dot segments in path parameters, are refused before a Request
      // exists (URL parsing would collapse `/chats/..` to `/im/v1/`; a lone surrogate is a URIError).
      pathSerializer: (url, params) => {
        const op = templateOp(url.slice(apiBase.length));
        try {
          for (const [name, value] of Object.entries(params ?? {})) checkUrlValue(`${op?.operationId ?? 'api'}.path`, 'path', name, value);
        } catch (error) {
          throw leaving(secrets, op?.operationId, error);
        }
        return defaultPathSerializer(url, params);
      },
      querySerializer: (query) => {
        try {
          checkQuery('api.query', query as Record<string, unknown>);
        } catch (error) {
          throw leaving(secrets, undefined, error);
        }
        return serializeQuery(query);
      },
      fetch: (request) => {
        const method = request.method.toUpperCase();
        const op = operationForRequest(method, new URL(request.url).pathname);
        return guarded(op?.operationId, async () => {
          const outgoing = await outgoingOf(request);
          const url = new URL(request.url);
          const idempotent = op ? isIdempotent(op, parsedBody(typeof outgoing.body === 'string' ? outgoing.body : undefined), Object.fromEntries(url.searchParams)) : IDEMPOTENT_METHODS.has(method);
          return responseOf(scrubbedErrorAnswer(await (op && !op.tokenTypes.length ? send : authedSend)(outgoing, { signal: request.signal, idempotent }), secrets));
        });
      },
    });
    for (const m of middleware) api.use(m);
    return api;
  };
  return { request, api: makeApi };
}
