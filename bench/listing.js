// Listing at scale over loopback HTTP: every chat of a 10,000-chat mock (100 pages of 100) and a
// search with about 1,000 hits, by our client, a bare fetch loop and the official SDK's iterators.
// Each run is a separate process (whole-process wall time, CPU, peak RSS), and so is the server;
// runs alternate; medians.
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
        const { out, wallMs } = await runNode([path.join(here, 'listing-child.mjs'), candidates[name], server.url, demoApp.appId, demoApp.appSecret, SEARCH_TERM]);
        if (r > 0) samples[name].push({ ...JSON.parse(out), wallMs }); // round 0 warms the mock's caches
      }
    }
  } finally {
    await stopServer(server.child);
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, {
      listed: s[0].listed, found: s[0].found,
      wallMs: median(s.map((x) => x.wallMs)), cpuMs: median(s.map((x) => x.cpuMs)), maxRssMB: median(s.map((x) => x.maxRssMB)),
    }]),
  );
}
