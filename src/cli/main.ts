#!/usr/bin/env node
// The package's command line: `feishu-chat-contract <command>`. Each command lives in its own module.
import fs from 'node:fs';
import { DIFF_HELP, diffCommand } from './diff.js';
import { MOCK_HELP, mockCommand } from './mock.js';
import { VALIDATE_HELP, validateCommand } from './validate.js';

const HELP = `feishu-chat-contract — the Feishu/Lark chat contract's command line

Commands:
  validate <schemaId> <file|glob|->... [--json]
      Check JSON files against a schema of the contract. Exit 0 valid, 1 invalid, 2 usage error.
  diff <old> <new> [--json] [--direction request|response|both]
      Compare two versions of the contract (openapi.json or JSON Schema files). Exit 0 nothing
      breaks, 1 something breaks, 2 usage error.
  mock [--port N] [--event-url URL] …  (mock --help: every flag)
      Serve the mock Feishu (and the docs site, when built) with the demo tenant on 127.0.0.1.
  help [command]
      Show this text, or a command's.
  --version
      Print the package version.

${VALIDATE_HELP}

${MOCK_HELP}

${DIFF_HELP}
`;

const io = {
  stdout: (s: string) => console.log(s),
  stderr: (s: string) => console.error(s),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

const [command, ...rest] = process.argv.slice(2);
let code: number | 'running';
if (command === 'validate') code = await validateCommand(rest, io);
else if (command === 'mock') code = await mockCommand(rest, io);
else if (command === 'diff') code = await diffCommand(rest, io);
else if (command === '--version' || command === '-v' || command === 'version') {
  // dist/cli/main.js → the package's own package.json (shipped, and exported as ./package.json).
  io.stdout(JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  code = 0;
} else if (!command || command === 'help' || command === '--help' || command === '-h') {
  io.stdout(rest[0] === 'validate' ? VALIDATE_HELP : rest[0] === 'mock' ? MOCK_HELP : rest[0] === 'diff' ? DIFF_HELP : HELP);
  code = 0;
} else {
  io.stderr(`Unknown command ${JSON.stringify(command)}.\n\n${HELP}`);
  code = 2;
}
if (code !== 'running') process.exitCode = code;
