// npm run check:generated: regenerate, then fail if generated/ differs from what is committed.
// (openapi-typescript's own --check compares unformatted output; a git diff is the honest test.)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib/paths.js';

execFileSync(process.execPath, [path.join(root, 'scripts/generate.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
try {
  execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'generated/'], { cwd: root, stdio: 'inherit' });
  const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', 'generated/'], { cwd: root, encoding: 'utf8' }).trim();
  if (untracked) throw new Error(`untracked generated files:\n${untracked}`);
} catch (error) {
  console.error('\ngenerated/ is stale: run `npm run generate` and commit the result.', error.message ?? '');
  process.exit(1);
}
console.log('generated/ is up to date.');
