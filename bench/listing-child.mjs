// One listing run in its own process (so that wall time, CPU and peak RSS are the whole
// process's): list every chat and search one term, with the candidate named in argv.
import { createRequire } from 'node:module';

const [candidate, url, appId, appSecret, term] = process.argv.slice(2);
let listed = 0;
let found = 0;

if (candidate === 'ours' || candidate === 'ours-fetch') {
  const { createFeishuClient } = await import('feishu-chat-contract');
  // 'ours': the default (on Node, the node:http transport); 'ours-fetch': the same client on fetch.
  const client = createFeishuClient({ baseUrl: url, auth: { appId, appSecret }, ...(candidate === 'ours-fetch' ? { transport: 'fetch' } : {}) });
  for await (const _ of client.chats.listAll({ page_size: 100 })) listed += 1;
  for await (const _ of client.chats.searchAll({ query: term, page_size: 100 })) found += 1;
} else if (candidate === 'bare') {
  const auth = await (await fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: appId, app_secret: appSecret }) })).json();
  const headers = { authorization: `Bearer ${auth.tenant_access_token}` };
  const all = async (path) => {
    let token = '';
    let n = 0;
    for (;;) {
      const body = await (await fetch(`${url}${path}&page_size=100${token ? `&page_token=${encodeURIComponent(token)}` : ''}`, { headers })).json();
      if (body.code !== 0) throw new Error(body.msg);
      n += body.data.items.length;
      if (!body.data.has_more) return n;
      token = body.data.page_token;
    }
  };
  listed = await all('/open-apis/im/v1/chats?sort_type=ByCreateTimeAsc');
  found = await all(`/open-apis/im/v1/chats/search?query=${encodeURIComponent(term)}`);
} else if (candidate === 'sdk') {
  const lark = createRequire(import.meta.url)('@larksuiteoapi/node-sdk');
  const client = new lark.Client({ appId, appSecret, domain: url, loggerLevel: lark.LoggerLevel.error });
  for await (const page of await client.im.v1.chat.listWithIterator({ params: { page_size: 100 } })) listed += page?.items?.length ?? 0;
  for await (const page of await client.im.v1.chat.searchWithIterator({ params: { query: term, page_size: 100 } })) found += page?.items?.length ?? 0;
} else throw new Error(`unknown candidate ${candidate}`);

const cpu = process.cpuUsage();
console.log(JSON.stringify({ listed, found, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
