// Cold start: time and memory to import an entry point in a fresh Node process, vs an empty
// process and vs the official SDK. Each sample is its own process; runs alternate; medians.
import { median, runNode } from './lib.js';

const probe = (specifier) => `
const t0 = performance.now();
${specifier ? `await import(${JSON.stringify(specifier)});` : ''}
const importMs = performance.now() - t0;
globalThis.gc?.();
console.log(JSON.stringify({ importMs, rssMB: process.memoryUsage().rss / 2 ** 20, heapMB: process.memoryUsage().heapUsed / 2 ** 20 }));`;

export const coldStartTargets = {
  'empty Node process': null,
  'feishu-chat-contract/validators': 'feishu-chat-contract/validators',
  'feishu-chat-contract (client)': 'feishu-chat-contract',
  'feishu-chat-contract/jsapi': 'feishu-chat-contract/jsapi',
  '@larksuiteoapi/node-sdk': '@larksuiteoapi/node-sdk',
};

export async function coldStartBench({ rounds = 9, cwd } = {}) {
  const samples = Object.fromEntries(Object.keys(coldStartTargets).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    const names = Object.keys(coldStartTargets);
    if (r % 2) names.reverse();
    for (const name of names) {
      const { out, wallMs } = await runNode(['--expose-gc', '--input-type=module', '-e', probe(coldStartTargets[name])], { cwd });
      samples[name].push({ ...JSON.parse(out), wallMs });
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, { importMs: median(s.map((x) => x.importMs)), wallMs: median(s.map((x) => x.wallMs)), rssMB: median(s.map((x) => x.rssMB)) }]),
  );
}
