// `npm start`: builds the docs site, then serves it with the mock Feishu — in this one process.
//
// Stopping npm must stop the server: a shell chain (`npm run docs && node … mock`) outlived
// `kill <npm pid>` as an orphan still serving. One process, and the mock command itself watches its
// parent whenever npm started it (`stopWithParent` in src/cli/mock.ts), as `npx … mock` needs too.
import { buildSite } from './build-docs.js';

const { outDir, ms } = buildSite();
console.log(`docs → ${outDir} in ${ms} ms`);
const { mockCommand } = await import('../dist/cli/mock.js');
const code = await mockCommand(process.argv.slice(2), { stdout: (s) => console.log(s), stderr: (s) => console.error(s) });
if (code !== 'running') process.exitCode = code;
