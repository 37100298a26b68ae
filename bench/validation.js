// Validation throughput: our precompiled validators vs ajv compiling the same schemas at run time
// vs @hyperjump/json-schema, on a 100-item listChats page and a sendMessageCard input with a
// 15 KB card; JSON.parse of the same payload as the floor. Alternating rounds, medians.
import { registerSchema, validate as hyperjumpValidate } from '@hyperjump/json-schema/draft-2020-12';
import { validate } from '../dist/validators/index.js';
import { createAjv } from '../scripts/lib/ajv.js';
import { jsonSchemaFiles, openApiAsJsonSchema, schemaIdRefs } from '../scripts/lib/contract.js';
import { stripAnnotations } from '../scripts/lib/strip-annotations.js';
import { median, opsPerSecond } from './lib.js';

function listPage() {
  const items = Array.from({ length: 100 }, (_, i) => ({
    chat_id: `oc_${i.toString(16).padStart(32, '0')}`,
    avatar: `https://s1-imfile.feishucdn.com/static-resource/v1/v2_${i}~?image_size=72x72`,
    name: `产品设计 ${i} Product design`,
    description: `Group number ${i}`,
    owner_id: `ou_${i.toString(16).padStart(32, '0')}`,
    owner_id_type: 'open_id',
    external: i % 13 === 0,
    tenant_key: '736588c9260f175e',
    chat_status: 'normal',
    labels: [],
    chat_mode: 'group',
  }));
  return { code: 0, msg: 'success', data: { items, page_token: 'token', has_more: true } };
}
function cardInput() {
  const elements = [];
  while (JSON.stringify(elements).length < 15 * 1024) elements.push({ tag: 'div', text: { tag: 'lark_md', content: `**Row ${elements.length}** 会议纪要 — details and a link https://example.com/${elements.length}` } });
  return { openChatIDs: ['oc_a8a2a40a61589ec720f709bd45a2a9eb'], cardContent: { msg_type: 'interactive', update_multi: false, card: { config: { wide_screen_mode: true }, header: { title: { tag: 'plain_text', content: 'Weekly' } }, elements } } };
}

export async function validationBench({ rounds = 5 } = {}) {
  const refs = schemaIdRefs();
  const ajv = createAjv();
  for (const [, schema] of jsonSchemaFiles()) ajv.addSchema(stripAnnotations(schema));
  const rest = openApiAsJsonSchema().schema;
  ajv.addSchema(stripAnnotations(rest));
  // hyperjump validates plain JSON Schema: our x- keywords are stripped (so it skips the 20 KB byte check).
  for (const [, schema] of jsonSchemaFiles()) registerSchema(stripAnnotations({ ...schema, $schema: 'https://json-schema.org/draft/2020-12/schema' }));
  registerSchema(stripAnnotations({ ...rest, $schema: 'https://json-schema.org/draft/2020-12/schema' }));

  const payloads = { 'listChats.response (100 items)': ['listChats.response', listPage()], 'sendMessageCard.input (15 KB card)': ['sendMessageCard.input', cardInput()] };
  const results = [];
  for (const [label, [schemaId, data]] of Object.entries(payloads)) {
    const text = JSON.stringify(data);
    const runtime = ajv.getSchema(refs[schemaId]);
    const hyper = await hyperjumpValidate(refs[schemaId]);
    // Every candidate must agree that the payload is valid before its speed means anything.
    if (!validate(schemaId, data).valid || !runtime(data) || !hyper(data).valid) throw new Error(`${label}: a validator rejected the payload`);
    const byteLimited = schemaId === 'sendMessageCard.input';
    const encoder = new TextEncoder();
    const candidates = {
      'precompiled (ours)': () => validate(schemaId, data),
      'ajv, compiled at run time': () => runtime(data),
      '@hyperjump/json-schema': () => hyper(data),
      // Like for like: hyperjump does not know x-maxSerializedBytes, so the 20 KB check is added by hand.
      ...(byteLimited ? { '@hyperjump/json-schema + the 20 KB check': () => hyper(data).valid && encoder.encode(JSON.stringify(data.cardContent)).length <= 20480 } : {}),
      'JSON.parse (floor)': () => JSON.parse(text),
    };
    const samples = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
      const order = Object.keys(candidates);
      if (r % 2) order.reverse();
      for (const name of order) samples[name].push(opsPerSecond(candidates[name], name.startsWith('@hyperjump') ? 600 : 300));
    }
    const ops = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
    results.push({ label, bytes: text.length, ops });
  }
  return results;
}

/** A valid 2.0 card of about `kb` KB within the 200-component limit: header, column sets, markdown, buttons. */
function card30(kb = 30) {
  const elements = [];
  const size = () => JSON.stringify(elements).length;
  for (let i = 0; size() < kb * 1024; i++) {
    if (i % 4 === 0) {
      elements.push({ tag: 'column_set', flex_mode: 'none', horizontal_spacing: '8px', columns: [
        { tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'markdown', content: `**项目 ${i}** 进展顺利，本周完成设计评审与接口联调。Details: https://example.com/p/${i}`, text_size: 'normal' }] },
        { tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'button', element_id: `open_${i}`, type: 'primary_filled', text: { tag: 'plain_text', content: 'Open' }, behaviors: [{ type: 'open_url', default_url: `https://example.com/p/${i}` }] }] },
      ] });
    } else {
      elements.push({ tag: 'markdown', element_id: `row_${i}`, content: `**Row ${i}** 会议纪要 — decisions, owners and the next steps, with a link https://example.com/${i} and <font color='grey'>a note</font>.\n- 决定：按计划在周五发布，回滚预案已评审\n- Owner: <at id=ou_${i.toString(16).padStart(32, '0')}></at>, due next Friday\n- Risks: the upstream quota, the data migration window, and the on-call rota` });
    }
  }
  return { schema: '2.0', config: { update_multi: true }, header: { template: 'blue', title: { tag: 'plain_text', content: 'Weekly report' } }, body: { elements } };
}

/** A listChats page of about `kb` KB. */
function listOfSize(kb = 30) {
  const page = listPage();
  const one = JSON.stringify(page.data.items[0]).length;
  const want = Math.round((kb * 1024) / (one + 1));
  page.data.items = Array.from({ length: want }, (_, i) => ({ ...page.data.items[i % 100], chat_id: `oc_${i.toString(16).padStart(32, '0')}` }));
  return page;
}

/**
 * Validating a ~30 KB card (schema id `card`: tag dispatch, placement and the card-tree keywords)
 * beside a listChats page of the same size, with the precompiled validators. Target: the card
 * costs at most 2x per byte.
 */
export async function cardPerByteBench({ rounds = 5 } = {}) {
  const payloads = { 'card (2.0, ~30 KB)': ['card', card30()], 'listChats.response (~30 KB)': ['listChats.response', listOfSize()] };
  const out = {};
  for (const [label, [schemaId, data]] of Object.entries(payloads)) {
    const result = validate(schemaId, data);
    if (!result.valid) throw new Error(`${label}: rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
    out[label] = { schemaId, bytes: JSON.stringify(data).length, samples: [] };
  }
  for (let r = 0; r < rounds; r++) {
    const order = Object.keys(out);
    if (r % 2) order.reverse();
    for (const label of order) out[label].samples.push(opsPerSecond(() => validate(out[label].schemaId, payloads[label][1]), 300));
  }
  for (const v of Object.values(out)) {
    v.ops = median(v.samples);
    v.nsPerByte = 1e9 / (v.ops * v.bytes);
  }
  const [card, list] = Object.values(out);
  return { results: out, ratio: card.nsPerByte / list.nsPerByte };
}

/**
 * Issue 12.3: validating arrays of bad items (every item breaks rules). Before the error bound the
 * time grew quadratically (80k junk items of listChats.response ~30 s); now it must grow linearly:
 * the table shows ms per 1,000 items at N and 4N.
 */
export function badItemsBench({ rounds = 3 } = {}) {
  const cases = {
    'listChats.response, junk items': (n) => ({ code: 0, msg: 'success', data: { items: Array.from({ length: n }, (_, i) => (i % 2 ? 1 : 'x')), has_more: false } }),
    'chooseChat.success, bad chats': (n) => ({ errMsg: 'chooseChat:ok', data: Array.from({ length: n }, () => ({ id: 3, chatType: 5, userType: 'bot' })) }),
  };
  const sizes = { 'listChats.response, junk items': [20_000, 80_000], 'chooseChat.success, bad chats': [2_000, 8_000] };
  const results = [];
  for (const [label, make] of Object.entries(cases)) {
    const schemaId = label.split(',')[0];
    for (const n of sizes[label]) {
      const data = make(n);
      const samples = [];
      let errors = 0;
      for (let r = 0; r < rounds; r++) {
        const start = performance.now();
        const result = validate(schemaId, data);
        samples.push(performance.now() - start);
        errors = result.valid ? 0 : result.errors.length + (result.notListed ?? 0);
      }
      results.push({ label, items: n, bytes: JSON.stringify(data).length, ms: median(samples), errors });
    }
  }
  return results;
}
