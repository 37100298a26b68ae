// `feishu-chat-contract mock [--port N] [--docs DIR]` (also `npm start`): the mock Feishu with the demo tenant.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockFeishu, demoApp, demoUserToken } from '../mock/index.js';
import { docsHandler, schemaFilesHandler } from './static-docs.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The site `npm run docs` builds, beside dist/ in a clone of the repository. */
const defaultDocs = path.join(packageRoot, 'site');
/**
 * How to get the docs site, said only where it works: a clone has `npm run docs`; an installed
 * package ships no build scripts (its consumers have no such script), so it points at --docs.
 */
const buildDocsHint = () =>
  fs.existsSync(path.join(packageRoot, 'scripts/build-docs.js'))
    ? 'run `npm run docs` in the repository first'
    : 'not part of the installed package: pass --docs DIR with a site built from the repository';

export const MOCK_HELP = `Usage: feishu-chat-contract mock [--port N] [--docs DIR]
       [--event-url URL] [--card-action-url URL] [--encrypt-key KEY] [--verification-token TOKEN]

Serves the mock Feishu with the demo tenant on 127.0.0.1 (port: --port, else $PORT, else 3000;
0 = any free port), and a built docs site under /docs (--docs DIR, default the repository's site/
from \`npm run docs\` in a clone of the repository). Prints the base URL, the demo credentials and a curl to try. Ctrl-C stops it.

Events and callbacks: with --event-url the mock delivers events to your app there (encrypted and
signed with --encrypt-key, header.token = --verification-token), and card actions to
--card-action-url (default: the event URL). Drive it over HTTP: POST /__mock/events/verify-url,
/__mock/events/emit, /__mock/users/send-message, /__mock/cards/click; GET /__mock/deliveries.`;

/** The event-subscription flags and the app setting each one fills. */
const EVENT_FLAGS = { '--event-url': 'eventUrl', '--card-action-url': 'cardActionUrl', '--encrypt-key': 'encryptKey', '--verification-token': 'verificationToken' } as const;

export async function mockCommand(args: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number | 'running'> {
  if (args.includes('--help')) {
    io.stdout(MOCK_HELP);
    return 0;
  }
  const flag = args.indexOf('--port');
  // Name where the bad value came from: the flag, or the PORT environment variable.
  const [source, raw] = flag >= 0 ? ['--port', args[flag + 1]] : process.env.PORT !== undefined ? ['PORT (environment variable)', process.env.PORT] : ['--port', '3000'];
  const port = Number(raw);
  if (!/^\d+$/.test(String(raw)) || port > 65535) {
    io.stderr(`${source} must be an integer from 0 to 65535, got ${JSON.stringify(raw ?? null)}`);
    return 2;
  }
  const docsFlag = args.indexOf('--docs');
  const docsDir = docsFlag >= 0 ? args[docsFlag + 1] : defaultDocs;
  const docs = docsDir && fs.existsSync(path.join(docsDir, 'index.html')) ? docsHandler(docsDir) : undefined;
  if (docsFlag >= 0 && !docs) {
    io.stderr(`--docs ${JSON.stringify(docsDir)} holds no built site (index.html); the docs site is ${buildDocsHint()}.`);
    return 2;
  }
  const app: { eventUrl?: string; cardActionUrl?: string; encryptKey?: string; verificationToken?: string } = {};
  for (const [flag, setting] of Object.entries(EVENT_FLAGS)) {
    const at = args.indexOf(flag);
    if (at < 0) continue;
    const value = args[at + 1];
    if (value === undefined || value === '' || value.startsWith('--')) {
      io.stderr(`${flag} needs a value`);
      return 2;
    }
    if ((setting === 'eventUrl' || setting === 'cardActionUrl') && !/^https?:\/\/[^\s]+$/.test(value)) {
      io.stderr(`${flag} must be an http(s) URL, got ${JSON.stringify(value)}`);
      return 2;
    }
    app[setting] = value;
  }
  const mock = createMockFeishu({ app });
  let server;
  try {
    // The mock serves straight from node:http; only requests no operation matches reach the docs.
    server = await mock.listen(port, { fallback: async (request) => (await schemaFilesHandler(request)) ?? docs?.(request) });
  } catch (error) {
    io.stderr(`Cannot listen on 127.0.0.1:${port}: ${(error as Error).message}. Try --port 0 for any free port.`);
    return 2;
  }
  io.stdout(`Mock Feishu listening on ${server.url}
Docs site:             ${docs ? `${server.url}/docs/` : `(none: ${buildDocsHint()})`}

Demo app credentials:  app_id=${demoApp.appId}  app_secret=${demoApp.appSecret}
Demo user token:       ${demoUserToken}
Events:                ${app.eventUrl ? `delivered to ${app.eventUrl}${app.encryptKey ? ' (encrypted, signed)' : ' (plaintext: no --encrypt-key)'}; cards to ${app.cardActionUrl ?? app.eventUrl}` : '(none: pass --event-url to receive events)'}

Try it:
  TOKEN=$(curl -s -X POST ${server.url}/open-apis/auth/v3/tenant_access_token/internal \\
    -H 'content-type: application/json' \\
    -d '{"app_id":"${demoApp.appId}","app_secret":"${demoApp.appSecret}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).tenant_access_token')
  curl -s "${server.url}/open-apis/im/v1/chats?page_size=5" -H "Authorization: Bearer $TOKEN"

Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return; // a signal and the parent watch may both ask
    stopping = true;
    await server.close();
    io.stdout('\nMock Feishu stopped.');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (process.env.npm_command !== undefined) stopWithParent(stop);
  return 'running';
}

/**
 * Under npm (`npx feishu-chat-contract mock`, `npm exec`, `npm start`), stopping npm by its PID must
 * stop the server. npm forwards SIGTERM/SIGINT to the shell it runs the command in, not to that
 * shell's children, and sh (dash) does not exec a lone command: the shell dies and the mock would
 * serve on as an orphan. `exec` in the command would fix POSIX shells only (cmd.exe has none), so the
 * mock watches its parent: when the process that started it is gone (ppid changes, e.g. to 1), it
 * stops as Ctrl-C does — which also covers npm killed with SIGKILL. Only under npm: a mock started
 * with `nohup … &` from a terminal must outlive that terminal.
 */
function stopWithParent(stop: () => void): void {
  const parent = process.ppid;
  // unref: the watch alone never keeps the process alive; the server does.
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 250).unref();
}
