// Issue 12.1 and 12.2: every bound a call states — per-attempt timeout, the caller's signal, the
// token fetch, a token source, the body read — holds while garbage collections run. Each scenario
// runs in a child `node --expose-gc` process (gc-bounds.mjs) that forces gc() every 50 ms while the
// server hangs; the test waits for the child's report and asserts the typed error it names.
import { getEventListeners } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeishuClient, FeishuAbortError, FeishuError, FeishuTimeoutError } from '../../src/index.js';
import { runNode } from '../../bench/lib.js';
import { repoRoot } from '../helpers/contract.js';
import { page, sendJson, serversClosedAfterEach } from '../helpers/loopback.js';

type Report = { scenario: string; transport: string; outcome: string; name?: string; feishuError?: boolean; message?: string };
let reports: Promise<Map<string, Report>> | undefined;
/** Every scenario's report, from one child process that runs them all at once (started on first use). */
function reportOf(scenario: string): Promise<Report | undefined> {
  reports ??= (runNode(['--expose-gc', path.join(repoRoot, 'test/hardening/gc-bounds.mjs')]) as Promise<{ out: string }>).then(
    ({ out }) => new Map(out.trim().split('\n').map((line) => JSON.parse(line) as Report).map((r) => [r.scenario, r])),
  );
  return reports.then((all) => all.get(scenario));
}

// The child inherits FEISHU_TEST_TRANSPORT: these scenarios run once per transport (vitest.config.ts).
const childTransport = process.env.FEISHU_TEST_TRANSPORT ?? 'default';
const timeouts = ['headers-hang', 'body-drips', 'token-hangs', 'source-hangs'];
const aborts = ['abort-headers-hang', 'abort-body-drips', 'abort-token-hangs', 'abort-source-hangs'];

describe('bounds hold under forced garbage collection (child process, --expose-gc)', () => {
  it.each(timeouts)('%s: timeoutMs 2000 ends the call with a FeishuTimeoutError', async (scenario) => {
    expect(await reportOf(scenario)).toMatchObject({ scenario, transport: childTransport, outcome: 'rejected', name: 'FeishuTimeoutError', feishuError: true });
  }, 180_000);

  it.each(aborts)('%s: an abort at 0.5 s ends the call with a FeishuAbortError', async (scenario) => {
    expect(await reportOf(scenario)).toMatchObject({ scenario, transport: childTransport, outcome: 'rejected', name: 'AbortError', feishuError: true });
  }, 180_000);
});

const server = serversClosedAfterEach();

describe('the token step is bounded by the call (issue 12.2)', () => {
  it('an already-aborted signal sends nothing: no token request, no credentials on the wire', async () => {
    const s = await server((_, res) => sendJson(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-never-used-0123456789', expire: 7200 }));
    const client = createFeishuClient({ baseUrl: s.url, auth: { appId: 'cli_x', appSecret: 'SECRET-VALUE-123' } });
    const error = await client.chats.list({}, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeishuAbortError);
    expect(error).toBeInstanceOf(FeishuError);
    expect(s.hits).toBe(0);
  });

  it('a token source that never resolves is ended by timeoutMs, and told through its signal', async () => {
    const s = await server((_, res) => sendJson(res, 200, page([], false)));
    let seen: AbortSignal | undefined;
    const client = createFeishuClient({
      baseUrl: s.url,
      timeoutMs: 300,
      auth: { getAccessToken: ({ signal }) => ((seen = signal), new Promise<string>(() => undefined)) },
    });
    await expect(client.chats.list()).rejects.toBeInstanceOf(FeishuTimeoutError);
    expect(seen?.aborted).toBe(true);
    expect(s.hits).toBe(0);
  });

  it('a caller signal leaves no listener behind after the call, whatever its outcome', async () => {
    const s = await server((_, res, hit) => (hit === 1 ? sendJson(res, 200, page([], false)) : sendJson(res, 400, { code: 232001, msg: 'bad' })));
    const controller = new AbortController();
    const client = createFeishuClient({ baseUrl: s.url, auth: { getAccessToken: async () => 't-source-token-0123456789' } });
    await client.chats.list({}, { signal: controller.signal });
    await client.chats.list({}, { signal: controller.signal }).catch(() => undefined);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
