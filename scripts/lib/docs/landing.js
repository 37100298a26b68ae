// The landing page: what the package is, install, quick start, links to both references, the
// errata (collected from every x-erratum of the contract) and what is not covered (quoted from the README).
import { block, esc, inline, page } from './html.js';
import { operationTable } from '../contract.js';

/** Every x-erratum in a document, with a readable location. */
export function collectErrata(node, where, out = []) {
  if (Array.isArray(node)) {
    node.forEach((n) => collectErrata(n, where, out));
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  for (const e of [].concat(node['x-erratum'] ?? [])) out.push({ where: where.join(' › '), ...e });
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-erratum' || key === 'examples' || key === 'example') continue;
    const skip = ['properties', 'items', 'allOf', 'anyOf', 'oneOf', '$defs', 'components', 'schemas', 'paths', 'parameters', 'content', 'responses', 'application/json', 'schema', 'get', 'post'];
    collectErrata(value, skip.includes(key) || /^\d+$/.test(key) ? where : [...where, key], out);
  }
  return out;
}

/** The body of a `## heading` section of a Markdown file. */
export function markdownSection(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs: README has no "## ${heading}" section`);
  const rest = markdown.slice(markdown.indexOf('\n', start + 1) + 1);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

export function renderLanding({ pkg, openapi, schemas, readme, apis, longconnErrata = [] }) {
  const errata = [
    ...collectErrata(openapi, ['REST']),
    ...Object.entries(schemas).flatMap(([file, schema]) => collectErrata(schema, [file.replace(/^jsapi\/|\.json$/g, '')])),
    ...longconnErrata.map((e) => ({ where: `long connection › ${e.where}`, doc: e.doc, decision: e.decision, evidence: e.evidence })),
  ];
  // The operations as the operation table lists them (every method, in spec order).
  const operations = Object.values(operationTable(openapi));
  const body = `<h1>feishu-chat-contract <span class="muted">${esc(pkg.version)}</span></h1>
<p>${inline(pkg.description)}</p>
<h2>Install</h2>
<pre><code>npm install ${esc(pkg.name)}</code></pre>
<h2>Quick start (from a clone)</h2>
<pre><code>npm install &amp;&amp; npm start   # the mock Feishu with a demo tenant, and this site at /docs
npm test                   # the whole suite</code></pre>
<h2>References</h2>
<ul>
<li><a href="rest/index.html">REST reference</a> (OpenAPI 3.1, <a href="openapi.json">openapi.json</a>): ${operations
    .map(({ method, path, operationId }) => `<code>${method} ${esc(path)}</code> (${esc(operationId)})`)
    .join(', ')}</li>
<li><a href="jsapi/index.html">JSAPI reference</a> (JSON Schema 2020-12): ${apis.map((a) => `<a href="jsapi/${a}.html"><code>tt.${a}</code></a>`).join(', ')}</li>
<li>Card JSON reference (<code>cardContent.card</code>, the <code>interactive</code> content): <a href="card/v1.html">1.0</a>, <a href="card/v2.html">2.0</a></li>
<li><a href="events/guide.html">Receiving events and callbacks</a>: <code>feishu-chat-contract/events</code> on Node http, Express, Workers and Hono, and a bot tested against the mock</li>
<li>Long connection (长连接): <a href="longconn/protocol.html">protocol</a> (pbbp2 frames, headers, ACK, errors, errata) and <a href="longconn/guide.html">guide</a></li>
</ul>
<h2 id="errata">Errata: where the official docs are wrong, and what the contract decided</h2>
<table><tr><th>where</th><th>the official docs</th><th>the contract</th><th>evidence</th></tr>
${errata.map((e) => `<tr><td><code>${esc(e.where)}</code></td><td>${inline(e.doc)}</td><td>${inline(e.decision)}</td><td>${inline(e.evidence)}</td></tr>`).join('\n')}
</table>
<h2 id="not-covered">Not covered yet</h2>
${block(markdownSection(readme, 'Not covered yet'))}`;
  return { html: page({ title: 'Home', body }), errata };
}
