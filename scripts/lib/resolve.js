// The one $ref resolver of scripts/: local JSON pointers in the bundled OpenAPI document (the bundle
// has only local refs), and the schema files of schemas/ by $id or by a path relative to the file
// that refers to them. Every script and test helper that follows a $ref goes through here.
import fs from 'node:fs';
import path from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { root, schemasDir, specRoot } from './paths.js';

/** Bundles spec/ into one document with local refs only, through Redocly's API (the same bundler as its CLI). */
export async function bundleSpec(ref = specRoot) {
  const config = await loadConfig({ configPath: path.join(root, 'redocly.yaml') });
  const { bundle: doc, problems } = await bundle({ ref, config });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`bundling ${ref} failed:\n${errors.map((p) => `- ${p.message}`).join('\n')}`);
  return doc.parsed;
}

const unescape = (token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');

/** The node a JSON pointer (`#/a/b` or `/a/b`) names in `doc`; throws when there is none. */
export function pointer(doc, ref) {
  const tokens = ref.replace(/^#/, '').split('/').slice(1).map(unescape);
  let node = doc;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !(token in node)) throw new Error(`unresolvable $ref ${ref}`);
    node = node[token];
  }
  return node;
}

/** `node`, or what its local `$ref` chain ends at (sibling keywords of a $ref are not merged). */
export function deref(doc, node) {
  const seen = new Set();
  while (node && typeof node === 'object' && typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
    if (seen.has(node.$ref)) throw new Error(`circular $ref ${node.$ref}`);
    seen.add(node.$ref);
    node = pointer(doc, node.$ref);
  }
  return node;
}

/** The last segment of a component $ref (`#/components/schemas/ListChat` → `ListChat`). */
export const refName = (ref) => unescape(ref.split('/').pop());

/** Every JSON Schema file under schemas/ (sub-folders in order), as [path relative to schemas/, schema]. */
export function schemaFiles(dir = schemasDir) {
  const out = [];
  const visit = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith('.json')) out.push([child, JSON.parse(fs.readFileSync(path.join(dir, child), 'utf8'))]);
    }
  };
  visit('');
  return out;
}

/**
 * Resolves $refs between the schema files: `{ schema, file }` for a ref made from `file` — a $id, a
 * path relative to `file`, either with a `#/…` fragment, or a bare fragment within `file`.
 */
export function schemaFileResolver(files = schemaFiles()) {
  const byFile = new Map(files);
  const byId = new Map(files.filter(([, s]) => s.$id).map(([rel, s]) => [s.$id, rel]));
  return {
    files: byFile,
    resolve(ref, file) {
      const [target, fragment = ''] = ref.split('#');
      const rel = target === '' ? file : byId.get(target) ?? path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      const doc = byFile.get(rel);
      if (!doc) throw new Error(`cannot resolve $ref ${ref} from ${file}`);
      return { schema: fragment ? pointer(doc, `#${fragment}`) : doc, file: rel };
    },
  };
}
