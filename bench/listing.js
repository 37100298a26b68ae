// Listing at scale over loopback HTTP: every chat of a 10,000-chat mock (100 pages of 100) and a
// search with about 1,000 hits, by our client, a bare fetch loop and the official SDK's iterators.
// Each run is a separate process (whole-process wall time, CPU, peak RSS), and so is the server;
// runs alternate; medians.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoApp, demoDataset } from '../dist/mock/index.js';
import { median, runNode, startServer, stopServer } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEARCH_TERM = 'alpha';

/** 10,000 groups the app's bot is in; every tenth is named "… alpha" so the search has ~1,000 hits. */
export function listingDataset() {
  const dataset = demoDataset(10_000);
  const bot = dataset.users.find((u) => u.isBot).openId;
  for (const [i, chat] of dataset.chats.entries()) {
    if (chat.mode === 'p2p') chat.mode = 'group';
    if (!chat.members.includes(bot)) chat.members.push(bot);
    if (i % 10 === 0) chat.name = `${chat.name} ${SEARCH_TERM}`;
  }
  return dataset;
}

/** CPU ms a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuMsOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

export async function listingBench({ rounds = 5 } = {}) {
  // The server runs in its own process (issue 26.2), so that its work is not counted in, nor competes
  // inside, the parent; every candidate lists the same pages from it.
  const server = await startServer([path.join(here, 'mock-server-child.mjs'), 'listing']);
  const candidates = { 'our client': 'ours', 'our client, fetch transport': 'ours-fetch', 'bare fetch loop': 'bare', '@larksuiteoapi/node-sdk iterators': 'sdk' };
  const samples = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
  try {
    for (let r = 0; r < rounds + 1; r++) {
      const names = Object.keys(candidates);
      if (r % 2) names.reverse();
      for (const name of names) {
        const serverBefore = cpuMsOf(server.child.pid);
        const { out, wallMs } = await runNode([path.join(here, 'listing-child.mjs'), candidates[name], server.url, demoApp.appId, demoApp.appSecret, SEARCH_TERM]);
        // The server's CPU while this row ran: what every row waits for alike.
        const serverCpuMs = serverBefore === undefined ? undefined : cpuMsOf(server.child.pid) - serverBefore;
        if (r > 0) samples[name].push({ ...JSON.parse(out), wallMs, serverCpuMs }); // round 0 warms the mock's caches
      }
    }
  } finally {
    await stopServer(server.child);
  }
  // Side-by-side ratios: each round's rows ran back to back, so a round's ratio sees one machine load;
  // the median of those is steadier than a ratio of medians on a machine whose load swings.
  const paired = (a, b, key) => median(samples[a].map((x, i) => x[key] / samples[b][i][key]));
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, {
      listed: s[0].listed, found: s[0].found,
      wallMs: median(s.map((x) => x.wallMs)), cpuMs: median(s.map((x) => x.cpuMs)), maxRssMB: median(s.map((x) => x.maxRssMB)),
      serverCpuMs: s[0].serverCpuMs === undefined ? undefined : median(s.map((x) => x.serverCpuMs)),
      wallToBare: paired(name, 'bare fetch loop', 'wallMs'), cpuToBare: paired(name, 'bare fetch loop', 'cpuMs'),
      wallToOurs: paired(name, 'our client', 'wallMs'), cpuToOurs: paired(name, 'our client', 'cpuMs'),
    }]),
  );
}
