// npm run check:breaking: compares the contract in the working tree with the latest release tag
// (v*) and fails when a change breaks consumers that pinned it, unless package.json's version makes
// the release a major one (semver on the contract; in 0.y.z a minor bump, as npm's ^ ranges read it).
// Passes with a message when there is no release tag yet.
//   node scripts/check-breaking.js [--against <git ref>] [--root <repository>]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root as repoRoot } from './lib/paths.js';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = path.resolve(option('--root') ?? repoRoot);
const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

let diff;
try {
  diff = await import(new URL('../dist/diff/index.js', import.meta.url).href);
} catch {
  console.error('check:breaking needs the built diff module: run `npm run build` first.');
  process.exit(2);
}

let ref = option('--against');
if (!ref) {
  try {
    ref = git('describe', '--tags', '--abbrev=0', '--match', 'v*').trim();
  } catch {
    console.log('check:breaking: no release tag (v*) yet, so nothing to compare against — passing. The first tagged release starts the record.');
    process.exit(0);
  }
}

/** The contract at a git ref (`null` = the working tree): the bundled spec and every JSON Schema file by $id. */
function contractAt(at) {
  const files = (at === null ? git('ls-files', '--cached', '--others', '--exclude-standard', '--', 'schemas') : git('ls-tree', '-r', '--name-only', at, '--', 'schemas'))
    .split('\n')
    .filter((f) => f.endsWith('.json') && (at !== null || fs.existsSync(path.join(root, f))));
  const all = ['generated/openapi.json', 'package.json', ...files];
  const texts = at === null ? all.map((f) => fs.readFileSync(path.join(root, f), 'utf8')) : blobsAt(at, all);
  const parsed = new Map(all.map((f, i) => [f, JSON.parse(texts[i])]));
  const schemas = new Map(files.map((f) => [f, parsed.get(f)]));
  return { openapi: parsed.get('generated/openapi.json'), schemas, version: parsed.get('package.json').version };
}

/** The texts of `files` at git ref `at`, read by one `git cat-file --batch` (one process, not one per file). */
function blobsAt(at, files) {
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: files.map((f) => `${at}:${f}\n`).join(''), maxBuffer: 256 << 20 });
  const texts = [];
  let offset = 0;
  for (const file of files) {
    const eol = out.indexOf(10, offset);
    const header = out.subarray(offset, eol).toString('utf8');
    const size = Number(/^\S+ blob (\d+)$/.exec(header)?.[1]);
    if (!Number.isFinite(size)) throw new Error(`git cat-file: no ${file} at ${at} (${header})`);
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    offset = eol + 1 + size + 1;
  }
  return texts;
}

const before = contractAt(ref);
const now = contractAt(null);
const changes = [...diff.diffOpenApi(before.openapi, now.openapi)];
// The JSAPI payloads and the event bodies: each hand-written schemas/jsapi file and schemas/events/<name>.json,
// its $refs followed across schemas/, in the direction its name gives.
const isPayload = (file) => file.startsWith('schemas/jsapi/') || /^schemas\/events\/[^/]+\.json$/.test(file);
const documents = (contract) => [...contract.schemas.values()].filter((s) => typeof s.$id === 'string').map((s) => [s.$id, s]);
for (const [file, schema] of before.schemas) {
  const direction = diff.directionOf(file);
  if (!isPayload(file) || !direction) continue;
  const current = now.schemas.get(file);
  if (!current) {
    changes.push({ severity: 'breaking', rule: 'schema-removed', direction, pointer: schema.$id ?? file, message: `${file} removed` });
    continue;
  }
  changes.push(...diff.diffJsonSchema(schema, current, direction, [documents(before), documents(now)]));
}
for (const [file, schema] of now.schemas) {
  if (isPayload(file) && diff.directionOf(file) && !before.schemas.has(file)) {
    changes.push({ severity: 'additive', rule: 'schema-added', direction: diff.directionOf(file), pointer: schema.$id ?? file, message: `new ${file}` });
  }
}

const { changes: sorted, breaking, warnings, additive } = diff.summarize(changes);
for (const c of sorted) console.log(diff.formatChange(c));

/** Whether `next` is outside npm's ^ range of `released` (a new major; in 0.y.z a new minor). */
function isMajorBump(released, next) {
  const [a, b] = [released, next].map((v) => v.replace(/^v/, '').split(/[.+-]/).slice(0, 3).map(Number));
  return b[0] > a[0] || (a[0] === 0 && b[0] === 0 && b[1] > a[1]);
}
const summary = `${breaking} breaking, ${warnings} warning(s), ${additive} additive since ${ref} (${before.version} → ${now.version}).`;
if (breaking === 0) {
  console.log(`check:breaking: ${changes.length ? summary : `no contract changes since ${ref}.`}`);
} else if (isMajorBump(before.version, now.version)) {
  console.log(`check:breaking: ${summary} Allowed: ${now.version} is a major release after ${before.version}; record them in CHANGELOG.md.`);
} else {
  console.error(`check:breaking: ${summary}\nA breaking change needs a major version (semver on the contract): bump package.json's version (in 0.y.z, the minor) and record it in CHANGELOG.md, or make the change additive.`);
  process.exit(1);
}
