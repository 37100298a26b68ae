// Prism (@stoplight/prism-cli, pinned in package.json) as a validating proxy in front of an upstream
// on loopback: the published bundle is what it validates requests and responses against.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';
import { repoRoot } from './contract.js';

const require = createRequire(import.meta.url);
export const bundleFile = path.join(repoRoot, 'generated/openapi.json');

async function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `prism proxy <bundle> <upstream> --errors` and resolves once it listens: request violations
 * then answer 422 (never forwarded), response violations 500 with an `sl-violations` header.
 */
export async function startPrismProxy(upstream: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const cli = path.join(path.dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
  const child: ChildProcess = spawn(process.execPath, [cli, 'proxy', bundleFile, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      // Keep only the tail: the proxy logs every request. CI sets FORCE_COLOR, which outranks NO_COLOR.
      log = stripVTControlCharacters(log + d).slice(-4000);
      if (/Prism is listening/.test(log)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`prism exited (${code}) before listening: ${log}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
