// `feishu-chat-contract diff <old> <new> [--json] [--direction request|response]`: what changed
// between two versions of the contract, and whether it breaks a consumer. Exit 0 = nothing breaks,
// 1 = something does, 2 = usage error — so CI can gate a release on it.
import fs from 'node:fs/promises';
import { diffContracts, formatChange, type Direction } from '../diff/index.js';

export const DIFF_HELP = `Usage: feishu-chat-contract diff <old> <new> [--json] [--direction request|response|both]

Compares two versions of the contract: two bundled openapi.json files, or two JSON Schemas of one
payload (e.g. generated/json-schema/<schemaId>.json). Each change is listed with its JSON pointer
and classified by the side of the wire it is on (GitHub's rest-api-description policy):
  breaking  a request rule got stricter (new required field or parameter, removed enum value,
            tighter limit, narrower type), a response lost a field, made one optional or changed
            a type, an operation was removed
  warning   a response may now carry something it never did (a new enum value, a looser limit)
  additive  everything else

  --json        one JSON object on stdout: { old, new, breaking, warnings, additive, changes }
  --direction   which way a JSON Schema's payload travels, when its name does not tell
                (*.input|body|query|path = request, *.success|fail|response = response); without
                either, both: a change breaks if it breaks senders or receivers (e.g. a card)

Exit status: 0 nothing breaks, 1 something breaks, 2 usage error (bad arguments, unreadable file,
invalid JSON, two documents of different kinds, schemas nested or $ref-chained too deeply to compare).`;

type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

async function readDocument(file: string): Promise<{ doc: unknown } | { problem: string }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return { problem: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  try {
    return { doc: JSON.parse(text) };
  } catch (error) {
    return { problem: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  if (args.includes('--help')) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const json = args.includes('--json');
  let direction: Direction | 'both' | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') continue;
    if (arg === '--direction' || arg.startsWith('--direction=')) {
      const value = arg.includes('=') ? arg.slice('--direction='.length) : args[++i];
      if (value !== 'request' && value !== 'response' && value !== 'both') {
        io.stderr(`--direction must be "request", "response" or "both", got ${JSON.stringify(value ?? '')}.\n\n${DIFF_HELP}`);
        return 2;
      }
      direction = value;
    } else if (arg.startsWith('--')) {
      io.stderr(`Unknown option ${arg}.\n\n${DIFF_HELP}`);
      return 2;
    } else positional.push(arg);
  }
  if (positional.length !== 2) {
    io.stderr(`diff takes two files (old and new), got ${positional.length}.\n\n${DIFF_HELP}`);
    return 2;
  }
  const [oldFile, newFile] = positional as [string, string];
  const [oldRead, newRead] = await Promise.all([readDocument(oldFile), readDocument(newFile)]);
  for (const read of [oldRead, newRead]) {
    if ('problem' in read) {
      io.stderr(read.problem);
      return 2;
    }
  }
  const result = diffContracts((oldRead as { doc: unknown }).doc, (newRead as { doc: unknown }).doc, { names: [oldFile, newFile], ...(direction && { direction }) });
  if ('problem' in result) {
    io.stderr(result.problem);
    return 2;
  }
  if (json) io.stdout(JSON.stringify({ old: oldFile, new: newFile, ...result }, null, 2));
  else {
    for (const c of result.changes) io.stdout(formatChange(c));
    io.stdout(
      result.changes.length === 0
        ? `No changes to the contract between ${oldFile} and ${newFile}.`
        : `${result.breaking} breaking, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}, ${result.additive} additive (${oldFile} → ${newFile}).`,
    );
  }
  return result.breaking > 0 ? 1 : 0;
}
