// Issue 22 item 3: unions chosen by a tag (a post node's `tag`, createMessage's `msg_type`) are
// `oneOf` + `discriminator`, so the types generated from the contract — ours (openapi-typescript,
// json-schema-to-typescript) and another generator's (openapi-zod-client) — see each branch's fields.
// An allOf of if/then on the tag used to type as `{ tag }` only (strict TS rejected
// `{ tag: 'text', text }`) and openapi-zod-client turned the createMessage body into z.unknown().
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openapi, repoRoot } from './helpers/contract.js';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const work = path.join(repoRoot, 'test-output', `generators-${process.pid}`);

beforeAll(() => fs.mkdirSync(work, { recursive: true }));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Type-checks `source` under strict TypeScript against the generated types; the compiler's output. */
async function typecheck(source: string, options: Record<string, unknown> = {}): Promise<string> {
  const dir = fs.mkdtempSync(path.join(work, 'tsc-'));
  fs.writeFileSync(path.join(dir, 'check.ts'), source);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, ...options }, files: ['check.ts'] }),
  );
  const tsc = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin/tsc');
  return run(process.execPath, [tsc, '-p', dir]).then(
    () => '',
    (e) => String(e.stdout || e.message),
  );
}

const gen = (file: string) => path.relative(path.join(work, 'tsc-x'), path.join(repoRoot, 'generated', file)).replace(/\\/g, '/');

describe('our generated types see the branches of tag-dispatched unions', () => {
  it('a post message and a card compile under strict TypeScript; a node missing its kind\'s field does not', async () => {
    const out = await typecheck(`
import type { components } from '${gen('openapi.js')}';
import type { PostContent, PostNode } from '${gen('message.js')}';
import type { CardV2, CardV1 } from '${gen('card.js')}';
type Schemas = components['schemas'];

// openapi-typescript (generated/openapi.d.ts) and json-schema-to-typescript (generated/message.d.ts).
const nodes: Schemas['PostNode'][] = [
  { tag: 'text', text: 'hello', style: ['bold'] },
  { tag: 'a', text: 'docs', href: 'https://open.feishu.cn' },
  { tag: 'at', user_id: 'ou_x' },
  { tag: 'md', text: '**hi**' },
];
const post: PostContent = { zh_cn: { title: 'Weekly', content: [[{ tag: 'text', text: 'done' }], [{ tag: 'img', image_key: 'img_v2_x' }]] } };
const node: PostNode = { tag: 'code_block', language: 'GO', text: 'x := 1' };
// @ts-expect-error a text node needs its text
const noText: Schemas['PostNode'] = { tag: 'text' };
// @ts-expect-error a link node has no such field
const wrongField: PostNode = { tag: 'a', text: 'x', href: 'https://x.test', nonsense: 1 };

// createMessage's body: a discriminated union on msg_type.
const body: Schemas['CreateMessageRequest'] = { receive_id: 'oc_x', msg_type: 'post', content: JSON.stringify(post) };
// @ts-expect-error msg_type is one of the sendable types
const badType: Schemas['CreateMessageRequest'] = { receive_id: 'oc_x', msg_type: 'bogus', content: '{}' };

const v2: CardV2 = { schema: '2.0', header: { title: { tag: 'plain_text', content: 'Report' } }, body: { elements: [{ tag: 'markdown', content: '**3** done' }] } };
const v1: CardV1 = { elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'hi' } }] };
// @ts-expect-error a markdown component has no such field
const badCard: CardV2 = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x', nonsense: true }] } };
export { nodes, post, node, noText, wrongField, body, badType, v2, v1, badCard };
`);
    expect(out).toBe('');
  }, 120_000);

  it('the bundle states the discriminator mapping explicitly (a tag value is not a component name)', () => {
    const postNode = openapi.components.schemas.PostNode;
    expect(postNode.discriminator.propertyName).toBe('tag');
    expect(postNode.discriminator.mapping.text).toBe('#/components/schemas/PostTextNode');
    expect(postNode.oneOf.length).toBe(Object.keys(postNode.discriminator.mapping).length);
    const body = openapi.components.schemas.CreateMessageRequest;
    expect(body.discriminator.propertyName).toBe('msg_type');
    expect(body.oneOf.map((b: any) => b.properties.msg_type.enum[0])).toEqual(openapi.components.schemas.MsgType.enum);
    // No if/then on a tag is left in the REST schemas.
    expect(JSON.stringify(openapi.components.schemas.CreateMessageRequest)).not.toContain('"if"');
  });
});

describe('a second generator (openapi-zod-client) types the unions too', () => {
  let zod: { schemas: Record<string, any> };

  beforeAll(async () => {
    const { generateZodClientFromOpenAPI } = await import('openapi-zod-client');
    const file = path.join(work, 'zod-client.ts');
    // A post is reached only through createMessage's contentSchema, which generators do not follow:
    // the copy given to the generator adds one operation taking a post paragraph as its body.
    const doc = structuredClone(openapi);
    doc.paths['/post-paragraph'] = {
      post: {
        operationId: 'postParagraph',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/PostParagraph' } } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/PostNode' } } } } },
      },
    };
    await generateZodClientFromOpenAPI({ openApiDoc: doc, distPath: file });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('const CreateMessageRequest = z.discriminatedUnion("msg_type"');
    zod = await import(pathToFileURL(file).href);
  }, 180_000);

  it('does not turn the createMessage body into z.unknown(): it accepts a body and refuses the malformed ones', () => {
    const body = zod.schemas.CreateMessageRequest;
    expect(body.safeParse({ receive_id: 'oc_x', msg_type: 'text', content: '{"text":"hi"}' }).success).toBe(true);
    for (const bad of [{}, { nonsense: true }, { receive_id: 1, msg_type: 'bogus', content: 5 }, { receive_id: 'oc_x', msg_type: 'text' }]) {
      expect(body.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('types a post node by its tag: a text node needs its text', () => {
    const node = zod.schemas.PostNode;
    expect(node.safeParse({ tag: 'text', text: 'hi' }).success).toBe(true);
    expect(node.safeParse({ tag: 'text' }).success).toBe(false);
    expect(node.safeParse({ tag: 'img', image_key: 'img_v2_x' }).success).toBe(true);
  });
});
