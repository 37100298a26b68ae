import os from 'node:os';
import { defineConfig } from 'vitest/config';
import DurationsReporter from './test/setup/durations-reporter.js';
import SlowFirstSequencer from './test/setup/slow-first-sequencer.js';

/**
 * The client's own test files: run twice, once per transport (issue 17). The `node` project runs the
 * whole suite with the default transport (node:http on Node); the `fetch` project runs these files
 * again with every client that names no transport forced onto the fetch transport
 * (test/setup/transport.ts). test/client-transport.test.ts asserts which one carried the calls.
 */
const clientFiles = [
  'test/client.test.ts',
  'test/client-request.test.ts',
  'test/chat-resource.test.ts',
  'test/client-transport.test.ts',
  'test/hardening/faults.test.ts',
  'test/hardening/client-hostile.test.ts',
  'test/hardening/gc-bounds.test.ts',
  'test/hardening/client-edges.test.ts',
];

export default defineConfig({
  test: {
    // Hang guards, not time limits: every test waits for the thing it asserts. They are sized for
    // `npm test` beside another CPU-heavy process on 2 cores (load average 12: a CLI spawn then
    // takes seconds; a 20 s guard failed diff-cli's seven spawns), so no bound here measures speed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One worker per core (vitest's default leaves one core to itself: on a 2-core machine, one file
    // at a time). Most slow files wait on child processes and sockets rather than compute.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // The default report, then every file's duration, slowest first (CI's log shows where time goes).
    reporters: ['default', new DurationsReporter()],
    // The slowest files first when vitest has no durations of its own (a fresh clone): see the sequencer.
    sequence: { sequencer: SlowFirstSequencer },
    // generated/*.js are plain ESM (1.3 MB of precompiled validators among them): Node loads them
    // natively, in milliseconds, instead of through vitest's module runner in every test file.
    server: { deps: { external: [/\/generated\/[^/]+\.js$/] } },
    // Everything the suite prints is kept as evidence; the teardown fails the run on any secret in it.
    setupFiles: ['test/setup/capture-output.ts', 'test/setup/transport.ts'],
    globalSetup: ['test/setup/secrets-teardown.ts'],
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], env: { FEISHU_TEST_TRANSPORT: 'node' } } },
      { extends: true, test: { name: 'fetch', include: clientFiles, env: { FEISHU_TEST_TRANSPORT: 'fetch' } } },
    ],
  },
});
