// The card reference pages (card/v1.html, card/v2.html), rendered from schemas/card/ alone:
// the root keys, the component catalogue with where each component may sit, and every rule the
// platform enforces (x-platformError) with its error code and limit.
import { esc, inline, page } from './html.js';

/** Walks a card schema through its $refs (relative to the file they sit in), calling visit(node, file) once per node. */
function walkSchema(schemas, file, visit) {
  const seen = new Set();
  const resolve = (ref, from) => {
    const [target, pointer = ''] = ref.split('#');
    const rel = target ? new URL(target, `https://x/${from}`).pathname.slice(1) : from;
    const node = pointer.split('/').slice(1).reduce((n, seg) => n?.[seg], schemas[rel]);
    return { node, rel };
  };
  const go = (node, rel) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    visit(node, rel);
    if (typeof node.$ref === 'string') { const r = resolve(node.$ref, rel); go(r.node, r.rel); }
    for (const [key, value] of Object.entries(node)) if (key !== 'examples') go(value, rel);
  };
  go(schemas[file], file);
}

/** The rules reachable from the card schema `file`, each once: name, code, sentence, and the limit when the rule has one. */
export function cardRules(schemas, file) {
  const rules = new Map();
  walkSchema(schemas, file, (node) => {
    const pe = node['x-platformError'];
    if (!pe || rules.has(pe.rule)) return;
    const limit = Object.entries(pe.schema).find(([k, v]) => k.startsWith('x-max') && typeof v === 'number');
    rules.set(pe.rule, { ...pe, limit: limit?.[1] });
  });
  return [...rules.values()];
}

const ruleOf = (node) => node?.['x-platformError'];
const sentence = (message) => message.replace(/\{value\}/g, 'the tag').replace(/\{(\w+)\}/g, '…');

/** The version's components: tag → the schema its dispatch selects (a $defs wrapper or a components/ file). */
function dispatch(schemas, defs, version) {
  const branches = ruleOf(defs[`ElementV${version}`]).schema.oneOf;
  return branches.map(({ $ref }) => {
    const target = $ref.startsWith('#/$defs/') ? defs[$ref.slice('#/$defs/'.length)] : schemas[`card/${$ref}`];
    // A wrapper adds the children per version; its fields live in the components/ file it extends.
    const fields = target.allOf?.[0]?.$ref ? schemas[`card/${target.allOf[0].$ref}`] : target;
    return { tag: target.properties.tag.const, component: fields };
  });
}

/** Where each tag may sit, read from the placement rules of the version's element lists. */
function placements(defs, version, tags) {
  const V = `V${version}`;
  const rootRules = (defs[`RootElement${V}`].properties.tag.allOf ?? []).map(ruleOf);
  const childRules = (defs[`ContainerChild${V}`].properties.tag.allOf ?? []).map(ruleOf);
  const excluded = (rules) => new Set(rules.flatMap((r) => r.schema.not?.enum ?? (r.schema.not?.const !== undefined ? [r.schema.not.const] : [])));
  const notAtRoot = excluded(rootRules);
  const notInContainers = excluded(childRules);
  const inAction = version === 1 ? new Set(ruleOf(defs.ActionItemV1.properties.tag).schema.enum) : new Set();
  return new Map(tags.map((tag) => {
    const where = [];
    if (tag === 'column') where.push('only in <code>column_set.columns</code>');
    else {
      if (!notAtRoot.has(tag)) where.push(version === 2 ? '<code>body.elements</code>' : '<code>elements</code> / <code>i18n_elements</code>');
      if (!notInContainers.has(tag)) where.push('containers (column, form, interactive_container, collapsible_panel)');
      if (inAction.has(tag)) where.push('<code>action.actions</code>');
    }
    return [tag, where];
  }));
}

export function renderCardPage(version, schemas) {
  const file = `card/v${version}.json`;
  const root = schemas[file];
  const defs = root.$defs;
  const rules = cardRules(schemas, file);
  const components = dispatch(schemas, defs, version);
  const where = placements(defs, version, components.map((c) => c.tag));
  const rows = components.map(({ tag, component }) => {
    const required = (component.required ?? []).map((r) => `<code>${esc(r)}</code>`).join(', ') || '—';
    const fields = Object.keys(component.properties ?? {}).filter((k) => !['tag', 'element_id', 'margin'].includes(k));
    return `<tr id="${esc(tag)}"><td><code>${esc(tag)}</code></td><td>${inline(component.description ?? '')}</td><td>${where.get(tag).join('; ')}</td><td>${required}</td><td>${fields.map((f) => `<code>${esc(f)}</code>`).join(' ')}</td></tr>`;
  });
  const described = (node) => {
    if (!node) return '';
    if (node.description) return node.description;
    const ref = node.$ref ?? node.allOf?.[0]?.$ref;
    if (!ref) return '';
    return described(ref.startsWith('#/$defs/') ? defs[ref.slice('#/$defs/'.length)] : schemas[`card/${ref}`]);
  };
  const rootKeys = Object.entries(root.properties).map(([key, prop]) => `<tr><td><code>${esc(key)}</code></td><td>${inline(described(prop))}</td></tr>`);
  const ruleRows = rules.map((r) => `<tr><td><code>${esc(r.rule)}</code></td><td>${r.code}${r.inferred ? ' (inferred)' : ''}</td><td>${r.limit ?? ''}</td><td>${inline(sentence(r.message))}</td></tr>`);
  const codes = [...new Set(rules.map((r) => r.code))].sort((a, b) => a - b);
  const body = `<h1>Card JSON ${version}.0 reference</h1>
<p>${inline(root.description)}</p>
<p>Schema id <code>card.v${version}</code> (<a href="../schemas/${file}">${file}</a>); <code>card</code> takes either version, decided by <code>"schema": "2.0"</code>. ${version === 2 ? '<a href="v1.html">Card JSON 1.0</a>' : '<a href="v2.html">Card JSON 2.0</a>'}.</p>
<h2 id="root">Root keys</h2>
<table><tr><th>key</th><th>meaning</th></tr>
${rootKeys.join('\n')}
</table>
<h2 id="components">Components and where they may sit</h2>
<p>Every 2.0 component also takes <code>element_id</code> and <code>margin</code>. Inside components the schema is open: properties the field tables omit are accepted.</p>
<table><tr><th>tag</th><th>component</th><th>may sit in</th><th>required</th><th>fields</th></tr>
${rows.join('\n')}
</table>
<h2 id="rules">Limits and rules the platform enforces</h2>
<p>Each rule's error names the answer a send would earn (in <code>230099</code>'s <code>msg</code> for the REST send; <code>-4</code> from <code>tt.sendMessageCard</code>). "Inferred": the platform documents only its generic card-JSON error for this kind of fault.</p>
<table><tr><th>rule</th><th>platform code</th><th>limit</th><th>what it says</th></tr>
${ruleRows.join('\n')}
</table>
<h2 id="codes">Error codes</h2>
<p>${codes.map((c) => `<code>${c}</code>`).join(', ')}</p>`;
  return page({ title: `Card JSON ${version}.0`, depth: 1, body });
}
