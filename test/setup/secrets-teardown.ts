// globalSetup: starts each run with empty evidence, and fails the run if any log line, error,
// recording or warning the suite produced contains a secret it used.
import fs from 'node:fs';
import path from 'node:path';
import { evidenceDir, literalSecrets, secretPatterns } from '../helpers/secrets.js';

const recordedDir = path.resolve(evidenceDir, '../../test/recorded');

export function setup() {
  fs.rmSync(evidenceDir, { recursive: true, force: true });
  fs.mkdirSync(evidenceDir, { recursive: true });
}

/** The secrets found in `files`, as "file: secret prefix…" lines. */
export function scanForSecrets(files: string[]): { leaks: string[]; bytes: number } {
  const leaks: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += text.length;
    for (const secret of literalSecrets) if (text.includes(secret)) leaks.push(`${path.basename(file)}: ${secret.slice(0, 4)}…`);
    for (const pattern of secretPatterns) if (pattern.test(text)) leaks.push(`${path.basename(file)}: a token like ${pattern}`);
  }
  return { leaks, bytes };
}

export function teardown() {
  const files = [
    ...fs.readdirSync(evidenceDir).map((f) => path.join(evidenceDir, f)),
    ...fs.readdirSync(recordedDir).filter((f) => f.endsWith('.json')).map((f) => path.join(recordedDir, f)),
  ];
  const { leaks, bytes } = scanForSecrets(files);
  fs.writeFileSync(path.join(evidenceDir, 'SUMMARY.txt'), `${files.length} files, ${bytes} characters checked for ${literalSecrets.length} secrets and ${secretPatterns.length} token shapes; ${leaks.length} leaks\n`);
  if (leaks.length) {
    // vitest reports an error thrown here but still exits 0, so the exit code is set as well.
    process.exitCode = 1;
    throw new Error(`Secrets leaked into what the suite produced:\n  ${leaks.join('\n  ')}`);
  }
}
