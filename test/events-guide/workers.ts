// Cloudflare Workers, Deno, Bun, Hono: the handler is a fetch handler. On Workers pass the context,
// so that handlers running after the 200 are kept alive with ctx.waitUntil.
import { createEventHandler } from '../../src/events/index.js';

interface Env { FEISHU_ENCRYPT_KEY: string; FEISHU_VERIFICATION_TOKEN: string }
type Handler = ReturnType<typeof createEventHandler>;
let events: Handler | undefined;

export default {
  fetch(request: Request, env: Env, ctx: { waitUntil(work: Promise<unknown>): void }): Promise<Response> {
    events ??= createEventHandler({ encryptKey: env.FEISHU_ENCRYPT_KEY, verificationToken: env.FEISHU_VERIFICATION_TOKEN })
      .on('im.chat.member.bot.added_v1', async (envelope) => console.log(`added to ${envelope.event.chat_id}`));
    return events.fetch(request, env, ctx);
  },
};

// Hono, on any runtime: app.post('/feishu/events', (c) => events.fetch(c.req.raw, c.env, c.executionCtx));
