// The published self-contained JSON Schemas (generated/json-schema/): one per schema id, loadable
// with no resolver, and judged by a second, independent implementation (@hyperjump/json-schema) to
// give the same verdict as our validators on every conformance case — except where the only broken
// rule is one of our custom keywords, which other implementations ignore by design.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerSchema, setShouldValidateFormat, validate as hyperjumpValidate } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaIds, validate } from '../src/validators/index.js';
import { createAjv } from '../scripts/lib/ajv.js';
import { maxDepth, maxValues } from '../scripts/lib/input-guard.js';
import { bundleRef, inPlaceSubschemaKeywords } from '../scripts/lib/json-schema-bundle.js';
import { comparesKeyword, extensionKind } from '../src/diff/schema.js';
import { loadFixtures as fixtures, repoRoot } from './helpers/contract.js';
import * as compiled from '../generated/validators.js';
import { schemaIds as schemaIdIndex } from '../generated/contract-index.js';

const dir = path.join(repoRoot, 'generated/json-schema');
const BASE = 'https://feishu-chat-contract.dev/json-schema/';
const files = new Map(fs.readdirSync(dir).map((name) => [name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))]));

const ours = createAjv();
/** The keywords our ajv runs as code where plain Draft 2020-12 (ajv without our options) has none. */
function codeKeywords(): string[] {
  const plain = new Ajv2020();
  return Object.keys(ours.RULES.all)
    .filter((k) => !(k in plain.RULES.all))
    .filter((k) => {
      const def = ours.getKeyword(k);
      return typeof def === 'object' && ['code', 'validate', 'compile', 'macro'].some((f) => f in def);
    })
    .sort();
}
/**
 * Code keywords that are not rules of their own, each with the reason (checked below):
 * `discriminator` only picks the `oneOf` branch by tag — the `oneOf` beside it, which every
 * implementation enforces, carries the rule; `x-cardSummary` computes what the card rules read and
 * validates nothing.
 */
const notRules = ['discriminator', 'x-cardSummary'];
/** The rules our validators enforce and other implementations ignore (the README lists them). */
const customKeywords = codeKeywords().filter((k) => !notRules.includes(k));

describe('generated/json-schema', () => {
  it('holds exactly one file per schema id', () => {
    expect([...files.keys()].sort()).toEqual([...schemaIds].sort());
  });

  it.each([...schemaIds])('%s is a self-contained Draft 2020-12 document', (schemaId) => {
    const schema = files.get(schemaId);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${BASE}${schemaId}.json`);
    expect(schema.title).toBe(schemaId);
    expect(schema.$comment).toMatch(/^GENERATED FILE — do not edit; regenerate with npm run generate/);
    // Every $ref is local and lands on something; no inner $id re-bases the refs below it.
    const walk = (node: any, at: string, isData = false): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`, isData));
      if (!node || typeof node !== 'object' || isData) return;
      if (at !== '') expect(node.$id, `inner $id at ${at}`).toBeUndefined();
      if (typeof node.$ref === 'string') {
        expect(node.$ref, `$ref at ${at}`).toMatch(/^#(\/\$defs\/[^/]+)?$/);
        const name = node.$ref.split('/')[2]?.replace(/~1/g, '/').replace(/~0/g, '~');
        if (name) expect(schema.$defs?.[name], `${node.$ref} at ${at}`).toBeDefined();
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`, ['enum', 'const', 'default', 'examples'].includes(k) || k.startsWith('x-'));
    };
    walk(schema, '');
  });

  it('are exported as feishu-chat-contract/json-schema/<schemaId>.json (resolved through package.json exports)', () => {
    const resolved = spawnSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('feishu-chat-contract/json-schema/listChats.query.json'))"], { cwd: repoRoot, encoding: 'utf8' });
    expect(resolved.stdout.trim()).toBe(pathToFileURL(path.join(dir, 'listChats.query.json')).href);
  });

  it('keeps the custom keywords in the files (sendMessageCard cardContent keeps its 20 KB bound)', () => {
    expect(JSON.stringify(files.get('sendMessageCard.input'))).toContain('"x-maxSerializedBytes":20480');
  });

  it('the README lists exactly the validating custom keywords, each in words', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = /<!-- custom-keywords:start -->\n([\s\S]*?)<!-- custom-keywords:end -->/.exec(readme)?.[1];
    expect(section, 'README custom-keywords section').toBeDefined();
    const items = section!.split(/\n(?=- )/).map((item) => /^- `([^`]+)`: (.{20,})/s.exec(item.trim()));
    expect(items.every(Boolean), 'each item is "- `keyword`: what it enforces, in words"').toBe(true);
    expect(items.map((m) => m![1]).sort()).toEqual(customKeywords);
    expect(customKeywords).toEqual(expect.arrayContaining(['x-maxSerializedBytes', 'x-maxUtf8Bytes', 'contentMediaType', 'contentSchema']));
    // The code keywords that are no rule of their own are named after the list, saying why.
    const after = readme.split('<!-- custom-keywords:end -->')[1]!.split('\n## ')[0]!;
    expect(notRules.filter((k) => codeKeywords().includes(k))).toEqual(notRules);
    for (const k of notRules) expect(after, k).toContain(`\`${k}\``);
  });

  it('discriminator never stands alone: every one in the files sits beside the oneOf that carries its rule', () => {
    let seen = 0;
    const walk = (node: any, at: string): void => {
      if (!node || typeof node !== 'object') return;
      if (!Array.isArray(node) && node.discriminator) {
        seen++;
        expect(Array.isArray(node.oneOf), `oneOf beside discriminator at ${at}`).toBe(true);
      }
      for (const [k, v] of Object.entries(node)) if (!['enum', 'const', 'default', 'examples'].includes(k)) walk(v, `${at}/${k}`);
    };
    for (const [id, schema] of files) walk(schema, id);
    expect(seen).toBeGreaterThan(0);
  });

  it('x-cardSummary validates nothing: a schema holding only it accepts every value', () => {
    const check = ours.compile({ type: 'object', 'x-cardSummary': true });
    const broken = fixtures().get('card')!.invalid.map((c) => c.data).filter((d) => d && typeof d === 'object' && !Array.isArray(d));
    expect(broken.length).toBeGreaterThan(5);
    for (const value of [{}, { elements: 'x' }, ...broken]) expect(check(value), JSON.stringify(value).slice(0, 80)).toBe(true);
  });
});

describe('the bundler', () => {
  const docs = new Map<string, any>([
    ['https://x.test/a.json', { $id: 'https://x.test/a.json', type: 'object', properties: { id: { $ref: 'common/Id.json' }, alias: { $ref: 'openapi.json#/$defs/IdAlias' }, self: { $ref: '#' } }, $defs: { unused: { type: 'null' } } }],
    ['https://x.test/common/Id.json', { $id: 'https://x.test/common/Id.json', type: 'string', pattern: '^oc_', 'x-platformError': { rule: 'r', code: 1, message: 'm', schema: { $ref: '#/$defs/Short' } }, $defs: { Short: { maxLength: 9 } } }],
    ['https://x.test/openapi.json', { $id: 'https://x.test/openapi.json', $defs: { IdAlias: { $ref: 'common/Id.json' } } }],
  ]);
  const { root, defs } = bundleRef('https://x.test/a.json', docs);

  it('copies each referenced piece once into $defs, following aliases, and points every $ref locally', () => {
    expect(root.properties).toEqual({ id: { $ref: '#/$defs/Id' }, alias: { $ref: '#/$defs/Id' }, self: { $ref: '#' } });
    expect(Object.keys(defs)).toEqual(['Id', 'Short']);
    expect(root.$defs).toBeUndefined(); // the unused piece is left out; $id and $schema belong to the top only
    expect(defs.Id!.$id).toBeUndefined();
  });

  it('moves an in-place subschema keyword\'s schema into allOf, keeping its label', () => {
    expect(defs.Id).toMatchObject({ 'x-platformError': { rule: 'r', code: 1, message: 'm' }, allOf: [{ $ref: '#/$defs/Short' }] });
    expect(defs.Id!['x-platformError'].schema).toBeUndefined();
  });

  it('every validating custom keyword is one the diff classifies, and subschema keywords are moved by the bundler', () => {
    for (const keyword of customKeywords) {
      const schemaType = [(ours.getKeyword(keyword) as { schemaType?: string | string[] }).schemaType].flat()[0];
      const sample = schemaType === 'number' ? 1 : schemaType === 'boolean' ? true : { schema: {} };
      if (!keyword.startsWith('x-')) {
        // A standard keyword we enforce (contentMediaType, contentSchema): the diff compares it.
        expect(comparesKeyword(keyword), keyword).toBe(true);
        continue;
      }
      const kind = extensionKind(keyword, sample);
      expect(kind, keyword).not.toBe('annotation');
      expect(kind === 'wrapper', keyword).toBe(inPlaceSubschemaKeywords.includes(keyword));
    }
  });
});

describe('a second implementation (@hyperjump/json-schema) agrees with our validators', () => {
  beforeAll(() => {
    // Our validators assert `format` (ajv-formats); 2020-12 makes that opt-in, so opt in.
    setShouldValidateFormat(true);
    for (const schema of files.values()) registerSchema(schema);
  });
  const cases = [...fixtures()].flatMap(([schemaId, file]) =>
    [...file.valid, ...file.invalid].map((c) => [`${schemaId}: ${c.name}`, schemaId, c.data] as const),
  );
  /**
   * Whether every broken rule is one other implementations ignore: a custom keyword, or any rule
   * inside a string's decoded content (contentSchema, an annotation elsewhere). The compiled
   * validator behind `validate` marks those errors `inContent`; a reported error counts as inside
   * only when every raw error of its keyword at its path (or its key's object) carries the mark.
   */
  const onlyCustom = (schemaId: string, data: unknown) => {
    const r = validate(schemaId as never, data);
    if (r.valid) return false;
    const raw = (compiled as Record<string, any>)[(schemaIdIndex as Record<string, { export: string }>)[schemaId]!.export];
    raw(data);
    const rawErrors: { instancePath: string; keyword: string; inContent?: boolean }[] = raw.errors ?? [];
    const inContent = (e: { path: string; keyword: string }) => {
      // A missing or unknown key is reported at the key's pointer, one below the raw error's.
      const at = (x: { instancePath: string }) => e.path === x.instancePath || (e.path.startsWith(`${x.instancePath}/`) && !e.path.slice(x.instancePath.length + 1).includes('/'));
      const same = rawErrors.filter((x) => x.keyword === e.keyword && at(x));
      return same.length > 0 && same.every((x) => x.inContent === true);
    };
    return r.errors.every((e) => customKeywords.includes(e.keyword) || inContent(e));
  };
  // Each schema compiled once by hyperjump (its compile is most of its cost), then run per case.
  const theirs = new Map<string, ReturnType<typeof hyperjumpValidate>>();
  const theirVerdict = async (schemaId: string, data: unknown) => {
    if (!theirs.has(schemaId)) theirs.set(schemaId, hyperjumpValidate(`${BASE}${schemaId}.json`));
    return (await theirs.get(schemaId)!)(data as never).valid;
  };

  it.each(cases)('%s', async (_, schemaId, data) => {
    const ours = validate(schemaId as never, data).valid;
    // The documented exception: a rule other implementations ignore, so they accept the payload.
    expect(await theirVerdict(schemaId, data)).toBe(onlyCustom(schemaId, data) ? true : ours);
  });

  it('they disagree on exactly the cases that break only a custom keyword (and there are such cases)', async () => {
    const disagreements: string[] = [];
    for (const [name, schemaId, data] of cases) {
      if ((await theirVerdict(schemaId, data)) !== validate(schemaId as never, data).valid) disagreements.push(name);
    }
    expect(disagreements.sort()).toEqual(cases.filter(([, id, data]) => onlyCustom(id, data)).map(([name]) => name).sort());
    expect(disagreements).toEqual(expect.arrayContaining([
      'sendMessageCard.input: card over 20 KB of UTF-8 (under 20 K characters)',
      'createMessage.body: text over 150 KB (UTF-8 bytes, not characters)',
      'createMessage.body: content that is not JSON',
      'createMessage.body: text without text',
    ]));
    // A payload's own rules next to the content still agree: content as an object is rejected by all.
    expect(disagreements).not.toContain('createMessage.body: content as an object, not a string');
    // The card fixtures (official examples up to 25 KB, through a recursive schema) make this a
    // few hundred validations with the interpreting validator: allow it the time a busy machine needs.
  }, 180_000);
});

describe('schema files for readers without npm (issue 22.6)', () => {
  it('the README lists every schema id, exactly (its generated schema-ids block)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = /<!-- schema-ids:start -->\n([\s\S]*?)<!-- schema-ids:end -->/.exec(readme)?.[1];
    expect(section, 'README schema-ids block').toBeDefined();
    const listed = [...section!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual([...files.keys()].sort());
    expect(new Set(listed)).toEqual(new Set(schemaIds));
  });

  it('the README states the shape check\'s limits the generated validators enforce (its generated validator-limits block; issue 21)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = /<!-- validator-limits:start -->\n([\s\S]*?)<!-- validator-limits:end -->/.exec(readme)?.[1];
    expect(section, 'README validator-limits block').toBeDefined();
    const stated = /deeper than (\d+) levels, holds more than ([\d,]+) values/.exec(section!);
    expect(stated, 'the block names both limits').not.toBeNull();
    expect([Number(stated![1]), Number(stated![2]!.replace(/,/g, ''))]).toEqual([maxDepth, maxValues]);
    // …and those are the numbers every generated validator passes to its shape check.
    expect(fs.readFileSync(path.join(repoRoot, 'generated/validators.js'), 'utf8')).toContain(`__jsonShape(data, ${maxDepth}, ${maxValues})`);
  });

  it('the mock\'s server answers GET /schemas/<schemaId>.json with the generated file, and 404 for anything else', async () => {
    const { docsHandler } = await import('../src/cli/static-docs.js');
    const { serveFetchHandler } = await import('../src/mock/http.js');
    const docs = docsHandler(fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-no-site-')));
    const server = await serveFetchHandler(async (request) => (await docs(request)) ?? new Response('not ours', { status: 418 }), 0);
    try {
      for (const id of [...files.keys()]) {
        const response = await fetch(`${server.url}/schemas/${id}.json`);
        expect(response.status, id).toBe(200);
        expect(response.headers.get('content-type')).toContain('application/json');
        expect(await response.json(), id).toEqual(files.get(id));
      }
      for (const bad of ['/schemas/nope.json', '/schemas/..%2Fpackage.json', '/schemas/listChats.query', '/schemas/']) {
        expect((await fetch(`${server.url}${bad}`)).status, bad).toBe(404);
      }
    } finally {
      await server.close();
    }
  }, 180_000);
});

describe('the mock without a docs site still serves schema files (issue 22.6)', () => {
  it('a mock listening with schemaFilesHandler as its fallback (as `feishu-chat-contract mock` does) answers GET /schemas/<id>.json', async () => {
    const { schemaFilesHandler } = await import('../src/cli/static-docs.js');
    const { createMockFeishu } = await import('../src/mock/index.js');
    const server = await createMockFeishu().listen(0, { fallback: schemaFilesHandler });
    try {
      const response = await fetch(`${server.url}/schemas/listChats.query.json`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(files.get('listChats.query'));
      expect((await fetch(`${server.url}/schemas/listChats.query.json`, { method: 'POST' })).status).toBe(405);
      expect((await fetch(`${server.url}/schemas/unknown.id.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 180_000);
});
