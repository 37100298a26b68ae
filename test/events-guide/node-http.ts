// A bot on Node's own HTTP server: no framework, no body parser (the handler reads the raw body).
import http from 'node:http';
import { createEventHandler } from '../../src/events/index.js';

export function startBot(options: { encryptKey: string; verificationToken: string; port?: number }) {
  const events = createEventHandler({ encryptKey: options.encryptKey, verificationToken: options.verificationToken });
  const seen: string[] = [];
  // The handler gets the envelope as Feishu sent it, typed by its event type.
  events.on('im.message.receive_v1', async (envelope) => {
    const { chat_id, content } = envelope.event.message;
    seen.push(`${chat_id}: ${JSON.parse(content).text}`);
    // …call the API here; the 200 has already gone out (ack-first), so a slow reply causes no redelivery.
  });
  // What a card action handler returns is the answer (checked against the contract, 2.5 s budget).
  events.onCardAction(() => ({ toast: { type: 'success', content: 'Got it' } }));
  const server = http.createServer(events.node);
  return new Promise<{ server: http.Server; seen: string[]; events: typeof events }>((resolve) => server.listen(options.port ?? 3000, '127.0.0.1', () => resolve({ server, seen, events })));
}
