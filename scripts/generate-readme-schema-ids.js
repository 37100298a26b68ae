// Writes the README's list of schema ids (between <!-- schema-ids:start --> and <!-- schema-ids:end -->)
// from generated/json-schema/, so the list never falls behind the contract (issue 22.6).
// test/json-schema.test.ts fails when the README's list and the files disagree.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib/paths.js';

const readme = path.join(root, 'README.md');
const ids = fs.readdirSync(path.join(root, 'generated/json-schema')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
// A scratch copy of the contract (test/add-operation.test.ts) carries no README: nothing to keep in sync there.
if (!fs.existsSync(readme)) {
  console.log('readme → no README.md here, nothing to write');
  process.exit(0);
}
const text = fs.readFileSync(readme, 'utf8');
const block = /<!-- schema-ids:start -->\n[\s\S]*?<!-- schema-ids:end -->/;
if (!block.test(text)) throw new Error('README.md has no <!-- schema-ids:start --> … <!-- schema-ids:end --> block');
const list = `<!-- schema-ids:start -->\n${ids.map((id) => `\`${id}\``).join(', ')}\n<!-- schema-ids:end -->`;
const next = text.replace(block, () => list);
if (next !== text) fs.writeFileSync(readme, next);
console.log(`readme → README.md schema-ids block (${ids.length} ids)`);
