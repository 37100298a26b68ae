#!/usr/bin/env node
// The package's command line: `feishu-chat-contract mock [--port N]` (also `npm start`).
import { createMockFeishu, demoApp, demoUserToken } from './mock/index.js';

const HELP = `feishu-chat-contract — the Feishu/Lark chat contract's command line

Commands:
  mock [--port N]    Serve the mock Feishu with the demo tenant on 127.0.0.1
                     (port: --port, else $PORT, else 3000; 0 = any free port).
  help               Show this text.
`;

async function mock(args: string[]) {
  const flag = args.indexOf('--port');
  const raw = flag >= 0 ? args[flag + 1] : process.env.PORT ?? '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be an integer from 0 to 65535, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  const server = await createMockFeishu().listen(port);
  console.log(`Mock Feishu listening on ${server.url}

Demo app credentials:  app_id=${demoApp.appId}  app_secret=${demoApp.appSecret}
Demo user token:       ${demoUserToken}

Try it:
  TOKEN=$(curl -s -X POST ${server.url}/open-apis/auth/v3/tenant_access_token/internal \\
    -H 'content-type: application/json' \\
    -d '{"app_id":"${demoApp.appId}","app_secret":"${demoApp.appSecret}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).tenant_access_token')
  curl -s "${server.url}/open-apis/im/v1/chats?page_size=5" -H "Authorization: Bearer $TOKEN"

Press Ctrl-C to stop.`);
  const stop = async () => {
    await server.close();
    console.log('\nMock Feishu stopped.');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'mock') await mock(rest);
else if (!command || command === 'help' || command === '--help' || command === '-h') console.log(HELP);
else {
  console.error(`Unknown command ${JSON.stringify(command)}.\n\n${HELP}`);
  process.exit(2);
}
