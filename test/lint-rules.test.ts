// Our Redocly rules must be able to fail: lint copies of the spec broken on purpose.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

function lintBroken(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-lint-'));
  for (const part of ['spec', 'schemas', 'scripts/lib', 'redocly.yaml']) fs.cpSync(path.join(repoRoot, part), path.join(dir, part), { recursive: true });
  edit(dir);
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', '--format=stylish'], {
      cwd: dir, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const replaceIn = (dir: string, file: string, from: string, to: string) => {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(p, text.replace(from, to));
};

describe('custom lint rules', () => {
  it('flag a list operation without page_size, a non-envelope 200 body and a response without X-Tt-Logid', () => {
    const out = lintBroken((dir) => {
      replaceIn(dir, 'spec/paths/chats.yaml', '    - $ref: ../components/parameters/PageSize.yaml\n', '');
      replaceIn(dir, 'spec/components/schemas/SearchChatsResponse.yaml', 'required: [code, msg, data]', 'required: [msg, data]');
      replaceIn(dir, 'spec/components/responses/TooManyRequests.yaml', '  X-Tt-Logid:\n    $ref: ../headers/X-Tt-Logid.yaml\n', '');
      replaceIn(dir, 'spec/components/schemas/ErrorResponse.yaml', 'required: [code, msg]', 'required: [msg]');
    });
    expect(out).toContain('feishu/list-operations-paginate');
    expect(out).toContain('page_size');
    expect(out).toContain('feishu/success-body-is-envelope');
    expect(out).toContain('rule/every-response-has-logid');
    expect(out).toContain('feishu/errors-use-error-envelope');
  }, 180_000);

  it('flag a 200 that describes only the success body (errors arrive with HTTP 200 too)', () => {
    const out = lintBroken((dir) => {
      replaceIn(
        dir,
        'spec/paths/chats_search.yaml',
        '            oneOf:\n              - $ref: ../components/schemas/SearchChatsResponse.yaml\n              - $ref: ../components/schemas/ErrorResponse.yaml\n',
        '            $ref: ../components/schemas/SearchChatsResponse.yaml\n',
      );
    });
    expect(out).toContain('feishu/success-body-is-envelope');
    expect(out).toContain('searchChats: the 200 body must be oneOf');
  }, 180_000);
});
