// Cold start (issue 26.1): `node -e "import('…')"` beside `node -e ""`, each a fresh process, in
// alternating order, medians. Wall time is the target's measure (what a serverless function or CLI
// pays); each child also reports its own CPU time (all its threads) and RSS at exit, which move less
// than wall time when other work shares the machine. "an empty module file" is the floor: what
// Node's ESM loader costs for any file at all, before our code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, runNode } from './lib.js';

const report = "const c=process.cpuUsage();process.stdout.write(JSON.stringify({cpuMs:(c.user+c.system)/1000,rssMB:process.memoryUsage().rss/1048576}))";
const command = (specifier) => (specifier === null ? report : `import(${JSON.stringify(specifier)}).then(()=>{${report}})`);

/** The candidates: the package's public entries (./events once package.json exports it), the floor and the official SDK. */
export function coldStartTargets(root) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const emptyModule = path.join(os.tmpdir(), 'fcc-empty-module.mjs');
  fs.writeFileSync(emptyModule, 'export {};\n');
  return {
    'empty Node process': null,
    'an empty module file (the loader floor)': emptyModule,
    'feishu-chat-contract (root: the client)': 'feishu-chat-contract',
    ...(pkg.exports['./events'] ? { 'feishu-chat-contract/events': 'feishu-chat-contract/events' } : {}),
    'feishu-chat-contract/validators': 'feishu-chat-contract/validators',
    'feishu-chat-contract/jsapi': 'feishu-chat-contract/jsapi',
    '@larksuiteoapi/node-sdk': '@larksuiteoapi/node-sdk',
  };
}

export async function coldStartBench({ rounds = 20, cwd } = {}) {
  const targets = coldStartTargets(cwd);
  const samples = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    const names = Object.keys(targets);
    if (r % 2) names.reverse();
    for (const name of names) {
      const { out, wallMs } = await runNode(['-e', command(targets[name])], { cwd });
      samples[name].push({ ...JSON.parse(out), wallMs });
    }
  }
  const m = (s, k) => median(s.map((x) => x[k]));
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, { wallMs: m(s, 'wallMs'), cpuMs: m(s, 'cpuMs'), rssMB: m(s, 'rssMB') }]));
}

/** What an entry loads at import: its modules (the entry and its static imports) and their bytes. */
export function loadedAtImport(root, entry) {
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    seen.set(file, Buffer.byteLength(text));
    for (const [, spec] of text.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*["'](\.[^"']+)["']/gm)) visit(path.resolve(path.dirname(file), spec));
  };
  visit(path.join(root, entry));
  return { modules: seen.size, bytes: [...seen.values()].reduce((a, b) => a + b, 0) };
}
