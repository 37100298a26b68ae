// A receiver for events.js, in its own process: `ours` (createEventHandler's node adapter), `sdk`
// (the official @larksuiteoapi/node-sdk EventDispatcher behind its adaptDefault), or `bare` (node:http
// reading the body and answering 200: the floor under both); the first two with the same
// Encrypt Key and Verification Token and a no-op im.message.receive_v1 handler. Prints its URL;
// SIGUSR2 starts the measured window; SIGTERM prints the CPU time since (µs) and the handler calls.
import http from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import { createEventHandler } from '../dist/events/index.js';

const [kind, encryptKey, verificationToken] = process.argv.slice(2);
let calls = 0;
let cpuStart = process.cpuUsage();
process.on('SIGUSR2', () => {
  cpuStart = process.cpuUsage();
  calls = 0;
});
const exit = () => {
  const { user, system } = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({ cpuMicros: user + system, calls }));
  process.exit(0);
};
process.on('SIGTERM', exit);
process.on('SIGINT', exit);

let listener;
if (kind === 'ours') {
  const handler = createEventHandler({ encryptKey, verificationToken, onError: (e) => console.error(String(e)) });
  handler.on('im.message.receive_v1', () => void (calls += 1));
  listener = handler.node;
} else if (kind === 'sdk') {
  const quiet = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {}, trace: () => {} };
  const dispatcher = new lark.EventDispatcher({ encryptKey, verificationToken, logger: quiet, loggerLevel: lark.LoggerLevel.error });
  dispatcher.register({ 'im.message.receive_v1': async () => void (calls += 1) });
  listener = lark.adaptDefault('/events', dispatcher);
} else if (kind === 'bare') {
  // The floor both receivers stand on: node:http reading the body and answering 200, no checks.
  listener = (req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      calls += 1;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end('{"msg":"success"}');
    });
  };
} else {
  throw new Error(`unknown receiver ${kind}`);
}
const server = http.createServer(listener);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/events` }));
