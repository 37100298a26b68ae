// The secrets the suite uses, in one place: the global teardown (test/setup/secrets-teardown.ts)
// greps everything the suite produced for them.
import fs from 'node:fs';
import path from 'node:path';
import { demoApp, demoUserToken } from '../../src/mock/data.js';

/** Literal secrets some test hands to the client or the mock. */
export const literalSecrets = [
  demoApp.appSecret,
  demoUserToken,
  'APP-SECRET-789',
  'SECRET-VALUE-123',
  't-TOKEN-SECRET-456',
  't-fault-injection-token-secret',
  // The event receiver's secrets (test/helpers/events.ts).
  'EVENT-ENCRYPT-KEY-SECRET-1',
  'VERIFICATION-TOKEN-SECRET-2',
];
/** Tokens the mock issues (random, so matched by shape). */
export const secretPatterns = [/\bt-[0-9a-f]{40}\b/];

export const evidenceDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-output/evidence');

/** Appends what the suite produced (a log line, an error, a recording, a warning) to the evidence the teardown greps. */
export function recordEvidence(kind: string, text: string) {
  fs.mkdirSync(evidenceDir, { recursive: true });
  fs.appendFileSync(path.join(evidenceDir, `${process.pid}.log`), `--- ${kind}\n${text}\n`);
}
