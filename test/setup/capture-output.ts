// setupFiles: every console line and every write to stdout/stderr of a test worker also goes to
// the evidence log, so that the secrets teardown sees what a CI log would show.
import { format } from 'node:util';
import { recordEvidence } from '../helpers/secrets.js';

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    recordEvidence(`console.${method}`, format(...args));
    original(...args);
  };
}
for (const stream of [process.stdout, process.stderr]) {
  const original = stream.write.bind(stream) as (...a: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    recordEvidence(stream === process.stdout ? 'stdout' : 'stderr', String(chunk));
    return original(chunk, ...rest);
  }) as typeof stream.write;
}
