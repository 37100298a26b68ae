// `npm run bench`: every comparison of BENCHMARKS.md in one run, printed and written to
// BENCHMARKS.md (machine, Node version, date, medians, ratios, and whether each target holds).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStartBench } from './cold-start.js';
import { eventsBench, eventsSection } from './events.js';
import { footprintBench } from './footprint.js';
import { fmt, table } from './lib.js';
import { listingBench } from './listing.js';
import { mockThroughputBench } from './mock-throughput.js';
import { badItemsBench, cardPerByteBench, validationBench } from './validation.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const yes = (ok) => (ok ? '**holds**' : '**misses**');

console.log('validation throughput…');
const validation = await validationBench({ rounds: quick ? 2 : 7 });
console.log('card vs list page per byte…');
const cardPerByte = await cardPerByteBench({ rounds: quick ? 2 : 7 });
console.log('arrays of bad items…');
const badItems = badItemsBench({ rounds: quick ? 1 : 3 });
console.log('cold start…');
const cold = await coldStartBench({ rounds: quick ? 3 : 11, cwd: root });
console.log('listing at scale…');
const listing = await listingBench({ rounds: quick ? 2 : 7 });
console.log('mock throughput…');
const throughput = await mockThroughputBench({ rounds: quick ? 1 : 3, seconds: quick ? 3 : 5 });
console.log('footprint…');
const footprint = await footprintBench();
console.log('events…');
const events = await eventsBench({ rounds: quick ? 2 : 5, quick });

const sections = [];
const targets = [];

// 1. Validation
for (const v of validation) {
  const ours = v.ops['precompiled (ours)'];
  sections.push(`### ${v.label}, ${fmt(v.bytes / 1024)} KB of JSON\n\n${table(['validator', 'ops/s (median)', 'ours ÷ it'], Object.entries(v.ops).map(([k, ops]) => [k, fmt(ops), `${(ours / ops).toFixed(2)}x`]))}`);
  const runtime = ours / v.ops['ajv, compiled at run time'];
  const other = ours / (v.ops['@hyperjump/json-schema + the 20 KB check'] ?? v.ops['@hyperjump/json-schema']);
  targets.push([`${v.label}: precompiled ≥ run-time ajv (≥ 0.95x counts as equal: noise)`, `${runtime.toFixed(2)}x`, yes(runtime >= 0.95)]);
  targets.push([`${v.label}: ≥ 3x the other validator${v.ops['@hyperjump/json-schema + the 20 KB check'] ? ' (like for like, with the 20 KB check)' : ''}`, `${other.toFixed(2)}x`, yes(other >= 3)]);
}

// 1b. A card beside a list page of the same size
sections.push(`### A 30 KB card beside a 30 KB list page (precompiled)\n\n${table(['payload', 'KB', 'ops/s (median)', 'ns per byte'], Object.entries(cardPerByte.results).map(([k, v]) => [k, fmt(v.bytes / 1024), fmt(v.ops), fmt(v.nsPerByte)]))}`);
targets.push(['card: ≤ 2x the per-byte cost of a list page of the same size', `${cardPerByte.ratio.toFixed(2)}x`, yes(cardPerByte.ratio <= 2)]);
// 1b. Arrays of bad items: linear growth (issue 12.3)
sections.push(`### Arrays of bad items (every item breaks rules)\n\n${table(['payload', 'items', 'KB', 'broken rules', 'ms (median)', 'ms per 1,000 items'], badItems.map((b) => [b.label, String(b.items), fmt(b.bytes / 1024), String(b.errors), fmt(b.ms), fmt((b.ms / b.items) * 1000)]))}`);
for (let i = 0; i + 1 < badItems.length; i += 2) {
  const [small, large] = [badItems[i], badItems[i + 1]];
  const growth = large.ms / small.ms / (large.items / small.items);
  targets.push([`${small.label}: time grows linearly (4x the items ≤ 6x the time)`, `${(large.ms / small.ms).toFixed(2)}x for ${(large.items / small.items).toFixed(0)}x`, yes(growth <= 1.5)]);
}

// 2. Cold start
const empty = cold['empty Node process'];
sections.push(`### Cold start (fresh process per sample)\n\n${table(['import', 'import time ms', 'process wall ms', 'RSS MB', 'RSS above empty MB'], Object.entries(cold).map(([k, c]) => [k, fmt(c.importMs), fmt(c.wallMs), fmt(c.rssMB), fmt(c.rssMB - empty.rssMB)]))}`);
{
  const c = cold['feishu-chat-contract (client)'];
  targets.push(['import the package root: ≤ 5 ms over an empty process (issue 17)', `${fmt(c.importMs - empty.importMs)} ms`, yes(c.importMs - empty.importMs <= 5)]);
}
for (const name of ['feishu-chat-contract (client)', 'feishu-chat-contract/validators']) {
  const c = cold[name];
  targets.push([`import ${name}: < 30 ms and < 15 MB above empty`, `${fmt(c.importMs)} ms, ${fmt(c.rssMB - empty.rssMB)} MB`, yes(c.importMs < 30 && c.rssMB - empty.rssMB < 15)]);
}

// 3. Listing
const bare = listing['bare fetch loop'];
const oursL = listing['our client'];
const sdk = listing['@larksuiteoapi/node-sdk iterators'];
sections.push(`### Listing 10,000 chats (100 pages) + a search with ${oursL.found} hits, whole process\n\n${table(['client', 'chats listed / found', 'wall ms', 'CPU ms', 'peak RSS MB', 'wall ÷ bare loop'], Object.entries(listing).map(([k, l]) => [k, `${l.listed} / ${l.found}`, fmt(l.wallMs), fmt(l.cpuMs), fmt(l.maxRssMB), `${(l.wallMs / bare.wallMs).toFixed(2)}x`]))}`);
targets.push(['listing: ≤ 0.90x the bare fetch loop (wall; issue 17)', `${(oursL.wallMs / bare.wallMs).toFixed(2)}x`, yes(oursL.wallMs / bare.wallMs <= 0.9)]);
targets.push(['listing: the official SDK ≥ 2.5x ours (wall; issue 17)', `${(sdk.wallMs / oursL.wallMs).toFixed(2)}x`, yes(sdk.wallMs / oursL.wallMs >= 2.5)]);
targets.push(['listing, CPU: ours ÷ the bare fetch loop (reported, no target)', `${(oursL.cpuMs / bare.cpuMs).toFixed(2)}x`, '—']);

// 4. The mock as a server
{
  const servers = throughput.servers;
  const ours = servers['mock (ours)'];
  const minimal = servers['minimal node:http, same bytes'];
  const prism = servers['Prism mock of the same spec'];
  const row = ([name, s]) => [name, fmt(s.rps), s.cpuMicrosPerRequest === undefined ? 'n/a' : fmt(s.cpuMicrosPerRequest), `${(ours.rps / s.rps).toFixed(2)}x`, Object.entries(s.statuses ?? {}).map(([k, n]) => `${k}: ${n}`).join(', ')];
  sections.push(`### The mock as a server: \`GET /open-apis/im/v1/chats?page_size=20\` (${fmt(throughput.bytes / 1024)} KB answer), 50 keep-alive connections\n\n${table(['server (own process)', 'requests/s (median)', 'server CPU µs per request', 'ours ÷ it (requests/s)', 'statuses'], Object.entries(servers).map(row))}`);
  targets.push(['mock: ≥ 0.40x the requests/s of a minimal node:http server sending the same bytes', `${(ours.rps / minimal.rps).toFixed(2)}x (CPU per request: ${(minimal.cpuMicrosPerRequest / ours.cpuMicrosPerRequest).toFixed(2)}x)`, yes(ours.rps / minimal.rps >= 0.4)]);
  if (prism) targets.push(['mock: ≥ 3x the requests/s of Prism\'s mock of the same spec', `${(ours.rps / prism.rps).toFixed(1)}x`, yes(ours.rps / prism.rps >= 3)]);
}

// 5. Footprint
sections.push(`### Footprint\n\n${table(['production install', 'packages', 'installed size MB'], Object.entries(footprint.installs).map(([k, i]) => [k, String(i.packages), fmt(i.bytes / 2 ** 20)]))}\n\n${table(['browser bundle (esbuild, minified)', 'min KB', 'min+gzip KB'], Object.entries(footprint.bundles).map(([k, b]) => [k, fmt(b.minBytes / 1024), fmt(b.gzipBytes / 1024)]))}`);
const jsapiKB = footprint.bundles['./jsapi'].gzipBytes / 1024;
targets.push(['./jsapi bundle < 15 KB min+gzip', `${fmt(jsapiKB)} KB`, yes(jsapiKB < 15)]);

// 6. Receiving events (issue 23)
{
  const { sections: eventSections, targets: eventTargets } = eventsSection(events, yes);
  sections.push(...eventSections);
  targets.push(...eventTargets);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = `# Benchmarks

Generated by \`npm run bench\` (not part of \`npm test\`). Quote the **ratios**: absolute times
vary between machines. Each comparison runs its candidates in alternating order on the same
machine in one run; the numbers are medians.

- Machine: ${cpu}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}
- Node ${process.version}
- Date: ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick run: fewer rounds)' : ''}

## Targets

${table(['target', 'measured', 'verdict'], targets)}

## Results

${sections.join('\n\n')}
`;
const notes = fs.readFileSync(path.join(root, 'bench/NOTES.md'), 'utf8');
fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), `${header}\n${notes}`);
console.log(`\n${table(['target', 'measured', 'verdict'], targets)}\n\nwritten to BENCHMARKS.md`);
