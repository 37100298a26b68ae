// A lean HTTP/1.1 load generator (child process of mock-throughput.js): N keep-alive sockets,
// each sending the same GET as soon as the previous answer is complete. Raw sockets, so that the
// client costs little next to the servers it measures. Prints one JSON line: requests, seconds,
// requests/s, the answers' statuses, and connections the server dropped.
import net from 'node:net';

const [port, target, connections, seconds, authorization, warmup = '1'] = process.argv.slice(2);
const request = Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: ${authorization}\r\nAccept: application/json\r\n\r\n`);
const statuses = {};
let done = 0;
let errors = 0;
let measuring = false;
let stopped = false;
const sockets = [];

function open() {
  const socket = net.connect(Number(port), '127.0.0.1');
  socket.setNoDelay(true);
  let buffer = Buffer.alloc(0);
  socket.on('connect', () => socket.write(request));
  socket.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`no content-length in ${head}`);
      if (buffer.length < end + 4 + length) return;
      buffer = buffer.subarray(end + 4 + length);
      if (measuring) {
        const status = head.slice(9, 12);
        statuses[status] = (statuses[status] ?? 0) + 1;
        done += 1;
      }
      if (stopped) return socket.destroy();
      socket.write(request);
    }
  });
  // A server that closes or resets a connection (Prism does under load) gets a new one; the
  // request in flight on it is counted as an error.
  socket.on('error', () => {
    if (!stopped && measuring) errors += 1;
  });
  socket.on('close', () => {
    // After a short pause, so that a server that is gone does not get a storm of connects.
    if (!stopped) setTimeout(() => stopped || open(), 50);
  });
  sockets.push(socket);
}

for (let i = 0; i < Number(connections); i++) open();
// A warm-up (JIT, connection set-up; `warmup` seconds, default 1), then the measured window.
await new Promise((r) => setTimeout(r, Number(warmup) * 1000));
measuring = true;
const start = performance.now();
await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
const elapsed = (performance.now() - start) / 1000;
const count = done;
stopped = true;
for (const s of sockets) s.destroy();
console.log(JSON.stringify({ requests: count, seconds: elapsed, rps: count / elapsed, statuses, connectionErrors: errors }));
