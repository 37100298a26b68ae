// The events guide (site events/guide.html) shows the samples the suite runs (test/events-guide/),
// with the imports a user writes, and names every refusal status and the timestamp decision.
import { expect, test } from 'vitest';
import { renderEventsGuide } from '../scripts/lib/docs/events-guide.js';

test('the guide embeds the tested samples with package imports, and documents statuses and the redelivery timestamp', () => {
  const html: string = renderEventsGuide();
  expect(html).not.toContain('../../src/');
  expect(html).toContain('from &#39;feishu-chat-contract/events&#39;');
  expect(html).toContain('from &#39;feishu-chat-contract/mock&#39;');
  for (const heading of ['Node <code>http</code>', 'Express (raw body)', 'Cloudflare Workers, Hono', 'Testing a bot against the mock']) expect(html).toContain(heading);
  expect(html).toContain('http.createServer(events.node)');
  expect(html).toContain('mock.users.sendMessage');
  for (const status of ['405', '415', '413', '400', '401']) expect(html).toContain(status);
  expect(html).toMatch(/time of the delivery attempt, not of the event/);
  // The client error codes come from the response schema's x-clientErrorCodes.
  for (const code of ['200671', '200672', '200673']) expect(html).toContain(code);
});
