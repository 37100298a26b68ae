// `npm start`: builds the docs site, then serves it with the mock Feishu — in this one process.
//
// Stopping npm must stop the server. npm forwards SIGTERM/SIGINT to the shell it runs the script in,
// not to that shell's children, and sh (dash) does not exec a lone command: a shell chain
// (`npm run docs && node … mock`) or even `node scripts/start.js` outlive a `kill <npm pid>` as
// orphans still serving. `exec node …` would fix POSIX shells only (cmd.exe has no exec), so this
// process watches its parent instead: when the shell that started it is gone (ppid changes, e.g. to
// 1), it stops itself the same way Ctrl-C does. That also covers npm being killed with SIGKILL.
import { buildSite } from './build-docs.js';

const parent = process.ppid;
const { outDir, ms } = buildSite();
console.log(`docs → ${outDir} in ${ms} ms`);
const { mockCommand } = await import('../dist/cli/mock.js');
const code = await mockCommand(process.argv.slice(2), { stdout: (s) => console.log(s), stderr: (s) => console.error(s) });
if (code !== 'running') process.exitCode = code;
else {
  // unref: the watch alone never keeps the process alive; the server does.
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 250).unref();
}
