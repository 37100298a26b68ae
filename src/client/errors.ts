import { FeishuError, quote, quoting } from '../errors.js';

export { FeishuContractError, FeishuError } from '../errors.js';

/** One missing permission, from `error.permission_violations`. */
export interface PermissionViolation {
  type: string;
  subject: string;
  description?: string;
}

/** One rejected field, from `error.field_violations` (230001, 232001 and other invalid-parameter answers). */
export interface FieldViolation {
  field: string;
  description?: string;
  value?: string;
}

/** How many field violations the message lists; all of them stay in `fieldViolations`. */
const LISTED_VIOLATIONS = 10;
/** How much of one violation's field or description the message quotes. */
const VIOLATION_TEXT = 200;
const clip = (text: string) => (text.length > VIOLATION_TEXT ? `${text.slice(0, VIOLATION_TEXT)}…` : text);

/** Feishu answered with `code != 0` — whatever the HTTP status, 200 included. */
export class FeishuApiError extends FeishuError {
  override name = 'FeishuApiError';
  /** Feishu's error code (e.g. 232001, 99991663). */
  readonly code: number;
  /** Feishu's error message. */
  readonly msg: string;
  /** The HTTP status the answer came with. */
  readonly httpStatus: number;
  /** The log id (X-Tt-Logid header, else error.log_id): quote it to Feishu support. */
  readonly logId: string | undefined;
  /** Missing scopes, from error.permission_violations (99991672 and similar). */
  readonly permissionViolations: PermissionViolation[];
  /** The fields the server rejected, from error.field_violations; the message names them too. */
  readonly fieldViolations: FieldViolation[];
  /** Seconds to wait before retrying, when the answer said (x-ogw-ratelimit-reset / Retry-After). */
  readonly retryAfterSeconds: number | undefined;
  /** The parsed body, as received. */
  readonly body: unknown;

  /**
   * @param init - the answer's fields; `context` is the package's own words on what failed (e.g.
   * "tenant token request failed"), put in the message before Feishu's `msg`.
   */
  constructor(init: { code: number; msg: string; httpStatus: number; logId?: string; permissionViolations?: PermissionViolation[]; fieldViolations?: FieldViolation[]; retryAfterSeconds?: number; body: unknown; context?: string }) {
    const context = init.context ? `${init.context}: ` : '';
    // The server's own words on which field was wrong (field and description), each quoted.
    const fields = init.fieldViolations ?? [];
    const parts: unknown[] = [`Feishu error ${init.code}: ${context}`, quote(init.msg)];
    if (fields.length) {
      parts.push(' — field violations: ');
      fields.slice(0, LISTED_VIOLATIONS).forEach((v, i) => {
        if (i) parts.push('; ');
        parts.push(quote(clip(v.field)));
        if (v.description) parts.push(' (', quote(clip(v.description)), ')');
      });
      if (fields.length > LISTED_VIOLATIONS) parts.push(`; and ${fields.length - LISTED_VIOLATIONS} more`);
    }
    parts.push(` (HTTP ${init.httpStatus}`, ...(init.logId ? [', log id ', quote(init.logId)] : []), ')');
    // quoting() takes a template: the plain strings are its literal parts, quote()d values its holes.
    const strings: string[] = [''];
    const holes: unknown[] = [];
    for (const part of parts) {
      if (typeof part === 'string') strings[strings.length - 1] += part;
      else {
        holes.push(part);
        strings.push('');
      }
    }
    super(quoting(strings as unknown as TemplateStringsArray, ...holes));
    this.code = init.code;
    this.msg = init.msg;
    this.httpStatus = init.httpStatus;
    this.logId = init.logId;
    this.permissionViolations = init.permissionViolations ?? [];
    this.fieldViolations = fields;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.body = init.body;
  }
}

/** The answer was not a Feishu JSON envelope (e.g. an HTML gateway page), whatever its status. */
export class FeishuUnexpectedResponseError extends FeishuError {
  override name = 'FeishuUnexpectedResponseError';
  constructor(
    /** HTTP status of the answer. */
    readonly httpStatus: number,
    /** Its content type, if any. */
    readonly contentType: string | undefined,
    /** The first characters of its body. */
    readonly snippet: string,
  ) {
    super(quoting`Expected a Feishu JSON answer, got HTTP ${httpStatus} ${contentType === undefined ? '(no content type)' : quote(contentType)}: ${quote(JSON.stringify(snippet))}`);
  }
}

/** An attempt took longer than `timeoutMs`. */
export class FeishuTimeoutError extends FeishuError {
  override name = 'FeishuTimeoutError';
  constructor(readonly timeoutMs: number, options?: { cause?: unknown }) {
    super(`Feishu request timed out after ${timeoutMs} ms`, options);
  }
}

/** The request could not reach Feishu (DNS, connection reset, …) after the allowed retries. */
export class FeishuNetworkError extends FeishuError {
  override name = 'FeishuNetworkError';
}

/**
 * The caller's signal aborted the call. Its `name` stays `'AbortError'`, as fetch's own abort does,
 * so that code written for fetch keeps recognizing it; the signal's reason is its `cause`.
 */
export class FeishuAbortError extends FeishuError {
  override name = 'AbortError';
  constructor(reason: unknown) {
    super('The call was aborted by its signal', { cause: reason });
  }
}

/** Pagination could not go on: a repeated or missing page token, or more pages than `maxPages`. */
export class FeishuPaginationError extends FeishuError {
  override name = 'FeishuPaginationError';
}
