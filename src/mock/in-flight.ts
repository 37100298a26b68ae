// Requests still in flight (their head arrived, their answer not yet sent), by the key an operation
// says concurrent requests collide on: addChatMembers on one chat (232019, "call serially"), a
// reaction request on one message by one operator (231015, "repeated request is processing"). The
// first request of a key proceeds; one that arrives while it is in flight is answered the
// operation's concurrency code. The mock handles a request at once when its body is complete, so a
// request is in flight while its body is still arriving — as a slow or concurrent client's is.

/** One request registered under a key. */
export interface InFlightTicket {
  readonly key: string;
  readonly operationId: string;
}

/** Keys held and the tickets under each, oldest first; bounded by the requests open at once. */
export class InFlight {
  private readonly byKey = new Map<string, InFlightTicket[]>();

  begin(operationId: string, key: string): InFlightTicket {
    const ticket: InFlightTicket = { key, operationId };
    const held = this.byKey.get(key);
    if (held) held.push(ticket);
    else this.byKey.set(key, [ticket]);
    return ticket;
  }

  /** Whether another request of the same key arrived before this one and is still in flight. */
  collides(ticket: InFlightTicket): boolean {
    const held = this.byKey.get(ticket.key);
    return held !== undefined && held[0] !== ticket;
  }

  end(ticket: InFlightTicket): void {
    const held = this.byKey.get(ticket.key);
    if (!held) return;
    const at = held.indexOf(ticket);
    if (at >= 0) held.splice(at, 1);
    if (held.length === 0) this.byKey.delete(ticket.key);
  }

  /** How many requests are in flight under keys (for tests). */
  get size(): number {
    let n = 0;
    for (const held of this.byKey.values()) n += held.length;
    return n;
  }
}
