/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/longconn/*.json by json-schema-to-typescript
 * Regenerate: npm run generate
 */

export interface LongConnectionSchemas {
  ack?: LongConnectionAck;
  "client-config"?: LongConnectionClientConfig;
}
/**
 * The payload of a long-connection ACK: the client sends the data frame it received back, with a `biz_rt` header added and this JSON (UTF-8) as the payload, within 3 s. `data` is the base64 of the handler's answer as JSON — for a card callback the callback response (`{}`, a toast, a card), which must be there (without it the click fails with 108002).
 */
export interface LongConnectionAck {
  /**
   * 200: handled (or accepted for handling); 500: the handler failed (the platform treats it as not delivered).
   */
  code: 200 | 500;
  /**
   * Response headers; the SDKs never set any.
   */
  headers?: {
    [k: string]: string | undefined;
  };
  /**
   * base64 (standard alphabet, padded) of the handler's answer as UTF-8 JSON. For a card callback: the card.action.trigger response.
   */
  data?: string;
}
/**
 * How a long-connection client pings and reconnects, in seconds: in the endpoint answer (`data.ClientConfig`) and in a pong's payload, which replaces the client's current one. Defaults when absent: PingInterval 120, ReconnectCount -1, ReconnectInterval 120, ReconnectNonce 30 (spec/longconn/protocol.yaml).
 */
export interface LongConnectionClientConfig {
  /**
   * Seconds between the client's pings. The platform sends whole seconds; fractions are allowed so that tests can run fast.
   */
  PingInterval?: number;
  /**
   * How many times to retry after the connection drops; -1 = forever.
   */
  ReconnectCount?: number;
  /**
   * Seconds between reconnect attempts.
   */
  ReconnectInterval?: number;
  /**
   * Before the first reconnect attempt, wait a random 0…ReconnectNonce seconds (jitter, so that a fleet does not reconnect at once).
   */
  ReconnectNonce?: number;
}
