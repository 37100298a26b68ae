// setupFiles: the transport this vitest project tests (FEISHU_TEST_TRANSPORT, set per project in
// vitest.config.ts). A client created without `transport` or `fetch` gets it; one that names either
// keeps its own choice. Child processes (gc-bounds.mjs, fault-exit.mjs) inherit the variable and
// apply it the same way.
import { vi } from 'vitest';
import type * as ClientModule from '../../src/client/index.js';

const forced = process.env.FEISHU_TEST_TRANSPORT;
if (forced !== undefined && forced !== 'node' && forced !== 'fetch') throw new Error(`FEISHU_TEST_TRANSPORT must be node or fetch (got ${forced})`);
if (forced === 'fetch') {
  vi.doMock(import('../../src/client/index.js'), async (importOriginal) => {
    const original = await importOriginal<typeof ClientModule>();
    return {
      ...original,
      createFeishuClient: (options) =>
        original.createFeishuClient(options && typeof options === 'object' && options.transport === undefined && options.fetch === undefined ? { ...options, transport: forced } : options),
    };
  });
}
