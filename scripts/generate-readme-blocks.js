// Writes the README's generated blocks, so what the README states never falls behind its source:
// - <!-- schema-ids:start --> … <!-- schema-ids:end -->: every schema id, from generated/json-schema/ (issue 22.6);
// - <!-- validator-limits:start --> … <!-- validator-limits:end -->: the shape check's limits, from
//   scripts/lib/input-guard.js (issue 21), where the generated validators take them from.
// test/json-schema.test.ts fails when a block and its source disagree.
import fs from 'node:fs';
import path from 'node:path';
import { maxDepth, maxValues } from './lib/input-guard.js';
import { root } from './lib/paths.js';

const readme = path.join(root, 'README.md');
// A scratch copy of the contract (test/add-operation.test.ts) carries no README: nothing to keep in sync there.
if (!fs.existsSync(readme)) {
  console.log('readme → no README.md here, nothing to write');
  process.exit(0);
}
const ids = fs.readdirSync(path.join(root, 'generated/json-schema')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const blocks = {
  'schema-ids': ids.map((id) => `\`${id}\``).join(', '),
  'validator-limits':
    `a value that contains itself, nests deeper than ${maxDepth} levels, holds more than ${maxValues.toLocaleString('en-US')} ` +
    'values (members and items, a shared object counted at each use) or is not plain data (`Date`, `Map`) gets one error\n' +
    '(keyword `json`) naming the path, never a stack overflow or a runaway walk.',
};
const text = fs.readFileSync(readme, 'utf8');
let next = text;
for (const [name, body] of Object.entries(blocks)) {
  const block = new RegExp(`<!-- ${name}:start -->\\n[\\s\\S]*?<!-- ${name}:end -->`);
  if (!block.test(next)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  next = next.replace(block, () => `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`);
}
if (next !== text) fs.writeFileSync(readme, next);
console.log(`readme → README.md schema-ids (${ids.length} ids) and validator-limits blocks`);
