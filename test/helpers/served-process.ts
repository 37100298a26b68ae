// A server run as a child process (npm start, npx … mock): its URL from the banner, and whether the
// port still answers once the process that started it was stopped.
import type { ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Whether anything answers an HTTP request at `url` (any status). */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Polls (bounded: 100 tries) until `url` stops answering; false if it never did. A server may take a
 * moment to close after its parent exits: this waits for the thing asserted, not for a fixed time.
 */
export async function stopsAnswering(url: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (!(await answers(url))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The mock's base URL from its banner; rejects with everything the child printed if it exits first. */
export function bannerUrl(child: ChildProcess, output: { text: string }): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output.text += d;
      const m = /Mock Feishu listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stripVTControlCharacters(output.text));
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output.text += d));
    child.once('exit', (code) => reject(new Error(`exited (${code}) before serving:\n${output.text}`)));
  });
}

/** Ends the child's whole process group (spawned `detached`), whatever is left of it. */
export function killGroup(child: { pid?: number }): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}
