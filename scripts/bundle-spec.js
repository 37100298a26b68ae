// spec/ (split YAML) → generated/openapi.json: one self-contained OpenAPI 3.1 document.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, bundledSpec, generatedDir } from './lib/paths.js';

fs.mkdirSync(generatedDir, { recursive: true });
const tmp = path.join(generatedDir, '.openapi.tmp.json');
execFileSync(process.execPath, [path.join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'bundle', 'spec/openapi.yaml', '-o', tmp], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
const doc = JSON.parse(fs.readFileSync(tmp, 'utf8'));
fs.rmSync(tmp);
// JSON has no comments: the generated notice is an extension at the top.
const out = { 'x-generated': 'GENERATED FILE — DO NOT EDIT. Source: spec/openapi.yaml (and schemas/common/*.json it references). Regenerate: npm run generate', ...doc };
fs.writeFileSync(bundledSpec, JSON.stringify(out, null, 2) + '\n');
console.log(`bundled spec → ${path.relative(root, bundledSpec)}`);
