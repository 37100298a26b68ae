// What is known of the answer a result came from, kept beside the result (not on it: a page is the
// platform's `data` as it came). Its own small module: the client's entry and its lazily loaded
// machinery (engine.ts) share the one map.

/** What is known of the answer a result came from: status, log id and headers (rate-limit ones included). */
export interface ResponseMeta {
  status: number;
  logId: string | undefined;
  headers: Headers;
}

/** Results → the answers they came from. @internal */
export const metas = new WeakMap<object, ResponseMeta>();

/** The status, log id and headers of the answer a page came from. */
export function getResponseMeta(result: object): ResponseMeta | undefined {
  return metas.get(result);
}
