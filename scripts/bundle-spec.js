// spec/ (split YAML) → generated/openapi.json: one self-contained OpenAPI 3.1 document, bundled
// through Redocly's API (the bundler its CLI uses), with the repository's redocly.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { bundleSpec } from './lib/resolve.js';
import { root, bundledSpec, generatedDir } from './lib/paths.js';

fs.mkdirSync(generatedDir, { recursive: true });
const doc = await bundleSpec();
// JSON has no comments: the generated notice is an extension at the top.
const out = { 'x-generated': 'GENERATED FILE — DO NOT EDIT. Source: spec/openapi.yaml (and schemas/common/*.json it references). Regenerate: npm run generate', ...doc };
fs.writeFileSync(bundledSpec, JSON.stringify(out, null, 2) + '\n');
console.log(`bundled spec → ${path.relative(root, bundledSpec)}`);
