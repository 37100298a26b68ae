// `feishu-chat-contract validate <schemaId> <file|glob|->... [--json]`: checks JSON files against a
// schema of the contract. Exit 0 = all valid, 1 = some invalid, 2 = usage error (unknown schema
// id, unreadable file, invalid JSON), so CI can tell "your payload is wrong" from "your call is wrong".
import fs from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isSchemaId, schemaIds, validate, type ValidationError } from '../validators/index.js';

export const VALIDATE_HELP = `Usage: feishu-chat-contract validate <schemaId> <file|glob|->... [--json] [--follow-symlinks]

Checks each JSON file against a schema of the contract ("-" reads stdin; quote globs to let the
command expand them, e.g. 'fixtures/**/*.json'). Only regular files are read (a FIFO or a device
is refused, not waited on).

  --json              one JSON array on stdout: [{ file, valid, errors? , problem? }]
  --follow-symlinks   let a glob follow symbolic links out of the folder it starts in (by default
                      a match whose real path lies outside that folder is left out)

Exit status: 0 all valid, 1 some invalid, 2 usage error (unknown schema id, no such file,
unreadable file or invalid JSON).

Schema ids: ${schemaIds.join(', ')}`;

/** The outcome for one input. `problem` is set when the file could not be read or parsed. */
interface FileReport {
  file: string;
  valid: boolean;
  errors?: ValidationError[];
  problem?: string;
}

type Io = { stdout: (s: string) => void; stderr: (s: string) => void; stdin: () => Promise<string> };

/**
 * Where a JSON.parse error points, as "line L, column C". V8 gives "at position N" for some
 * errors; for an unexpected token it gives only the token and up to 10 characters around it
 * ("...xxx" when cut), from which the position is recovered.
 */
function errorPosition(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message)?.[1];
  if (at !== undefined) return Number(at);
  if (/end of JSON/.test(message)) return text.length;
  const token = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  if (!token) return undefined;
  const [, char, cut, context] = token as unknown as [string, string, string | undefined, string];
  if (cut) {
    const found = text.indexOf(context);
    return found < 0 ? undefined : found + 10;
  }
  const found = text.indexOf(char);
  return found < 0 ? undefined : found;
}

/**
 * What went wrong, in the parser's words with nothing of the file in them: V8 quotes the text
 * around the problem ("Unexpected token 'r', \"root:x:0:0\"... is not valid JSON"), and a file may
 * hold anything: the quoted text and the token are left out; the position says where (issue 21, item 11).
 */
function parseReason(message: string): string {
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\).*$/s, '')
    .replace(/,\s*(\.\.\.)?".*$/s, '')
    .replace(/^Unexpected token .*$/s, 'Unexpected character')
    .trim();
  return reason || 'not valid JSON';
}

function parseProblem(text: string, error: Error): string {
  const position = errorPosition(text, error.message);
  const reason = parseReason(error.message);
  if (position === undefined) return `invalid JSON: ${reason}`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}

/** The folder a glob starts in: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

/** Whether `file`'s real path lies inside `base`'s real path (symbolic links resolved). */
async function inside(base: string, file: string): Promise<boolean> {
  try {
    const [root, real] = await Promise.all([fs.realpath(base), fs.realpath(file)]);
    return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  } catch {
    return false;
  }
}

async function expand(args: string[], followSymlinks: boolean): Promise<{ inputs: string[]; missing: string[] }> {
  const inputs: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === '-' || !isDynamicPattern(arg)) {
      inputs.push(arg);
      continue;
    }
    let matched = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(arg), followSymbolicLinks: followSymlinks })).sort();
    if (!followSymlinks) {
      // A link to a file, or a match reached through a linked folder, that leads out of the tree is left out.
      const base = globBase(arg);
      const kept = await Promise.all(matched.map((file) => inside(base, file)));
      matched = matched.filter((_, i) => kept[i]);
    }
    if (matched.length === 0) missing.push(arg);
    inputs.push(...matched);
  }
  return { inputs, missing };
}

/** The kind of a file that is not a regular one, for the refusal (reading a FIFO would wait for a writer forever). */
function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const followSymlinks = args.includes('--follow-symlinks');
  const unknownFlag = args.find((a) => a.startsWith('--') && a !== '--json' && a !== '--help' && a !== '--follow-symlinks');
  const positional = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--help')) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  if (unknownFlag) {
    io.stderr(`Unknown option ${unknownFlag}.\n\n${VALIDATE_HELP}`);
    return 2;
  }
  const [schemaId, ...files] = positional;
  if (!schemaId || files.length === 0) {
    io.stderr(`validate needs a schema id and at least one file.\n\n${VALIDATE_HELP}`);
    return 2;
  }
  if (!isSchemaId(schemaId)) {
    io.stderr(`Unknown schema id ${JSON.stringify(schemaId)}. Known ids:\n  ${schemaIds.join('\n  ')}`);
    return 2;
  }
  const { inputs, missing } = await expand(files, followSymlinks);
  const reports: FileReport[] = missing.map((pattern) => ({ file: pattern, valid: false, problem: 'no file matches this pattern' }));
  for (const file of inputs) {
    let text: string;
    try {
      if (file !== '-') {
        // Checked before opening: opening a FIFO blocks until something writes to it.
        const stat = await fs.stat(file);
        if (!stat.isFile()) {
          reports.push({ file, valid: false, problem: `not a regular file (${kindOf(stat)}): only regular files are read` });
          continue;
        }
      }
      text = file === '-' ? await io.stdin() : await fs.readFile(file, 'utf8');
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      reports.push({ file, valid: false, problem: `cannot read the file (${e.code ?? e.message})` });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      reports.push({ file, valid: false, problem: parseProblem(text, error as Error) });
      continue;
    }
    const result = validate(schemaId, data);
    reports.push(result.valid ? { file, valid: true } : { file, valid: false, errors: result.errors });
  }
  if (json) io.stdout(JSON.stringify(reports, null, 2));
  else {
    for (const r of reports) {
      if (r.valid) io.stdout(`ok    ${r.file}`);
      else if (r.problem) io.stderr(`ERROR ${r.file}: ${r.problem}`);
      else io.stdout(`FAIL  ${r.file}: ${r.errors!.map((e) => `${e.path || '(root)'} [${e.keyword}] ${e.message}`).join('; ')}`);
    }
  }
  return reports.some((r) => r.problem) ? 2 : reports.some((r) => !r.valid) ? 1 : 0;
}
