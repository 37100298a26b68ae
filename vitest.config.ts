import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Everything the suite prints is kept as evidence; the teardown fails the run on any secret in it.
    setupFiles: ['test/setup/capture-output.ts'],
    globalSetup: ['test/setup/secrets-teardown.ts'],
  },
});
