// npm run generate: every generation step, in dependency order.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib/paths.js';

for (const step of ['bundle-spec.js', 'generate-types.js', 'generate-operations.js', 'generate-events.js', 'generate-validators.js', 'generate-json-schema.js', 'generate-longconn.js', 'generate-readme-blocks.js']) {
  execFileSync(process.execPath, [path.join(root, 'scripts', step)], { cwd: root, stdio: 'inherit' });
}
