// The contract diff's direction rules, each proved with a pair of tiny contracts on both sides of
// the wire (GitHub rest-api-description's policy: direction matters), and the real contract
// diffed with itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffContracts, diffJsonSchema, diffOpenApi, directionOf, type Change, type Direction } from '../src/diff/index.js';
import { jsonSchemaFiles } from '../scripts/lib/contract.js';
import { openapi, repoRoot } from './helpers/contract.js';

const obj = (properties: Record<string, unknown>, required: string[] = [], extra: Record<string, unknown> = {}) => ({ type: 'object', properties, required, ...extra });
const str = (extra: Record<string, unknown> = {}) => ({ type: 'string', ...extra });

type Verdict = [severity: Change['severity'], rule: string, pointer: string];
interface Rule {
  name: string;
  old: unknown;
  new: unknown;
  request: Verdict | Verdict[];
  response: Verdict | Verdict[];
}

/** Each rule: the verdict in a request (sent by the consumer) and in a response (received by it). */
const rules: Rule[] = [
  { name: 'a new required property', old: obj({ a: str() }), new: obj({ a: str(), b: str() }, ['b']), request: ['breaking', 'required-property-added', '/properties/b'], response: ['additive', 'property-added', '/properties/b'] },
  { name: 'a new optional property', old: obj({ a: str() }), new: obj({ a: str(), b: str() }), request: ['additive', 'property-added', '/properties/b'], response: ['additive', 'property-added', '/properties/b'] },
  { name: 'a removed property', old: obj({ a: str(), b: str() }), new: obj({ a: str() }), request: ['breaking', 'property-removed', '/properties/b'], response: ['breaking', 'property-removed', '/properties/b'] },
  { name: 'a property made required', old: obj({ a: str() }), new: obj({ a: str() }, ['a']), request: ['breaking', 'property-made-required', '/properties/a'], response: ['additive', 'property-made-required', '/properties/a'] },
  { name: 'a property made optional', old: obj({ a: str() }, ['a']), new: obj({ a: str() }), request: ['additive', 'property-made-optional', '/properties/a'], response: ['breaking', 'property-made-optional', '/properties/a'] },
  { name: 'a removed enum value', old: str({ enum: ['x', 'y'] }), new: str({ enum: ['x'] }), request: ['breaking', 'enum-value-removed', '/enum'], response: ['additive', 'enum-value-removed', '/enum'] },
  { name: 'a new enum value', old: str({ enum: ['x'] }), new: str({ enum: ['x', 'y'] }), request: ['additive', 'enum-value-added', '/enum'], response: ['warning', 'enum-value-added', '/enum'] },
  {
    name: 'a new value of a documented oneOf-of-const enum',
    old: { type: 'integer', oneOf: [{ const: 0, title: 'zero' }] },
    new: { type: 'integer', oneOf: [{ const: 0, title: 'zero' }, { const: 1, title: 'one' }] },
    request: ['additive', 'enum-value-added', '/oneOf'],
    response: ['warning', 'enum-value-added', '/oneOf'],
  },
  { name: 'a const where any value was allowed', old: str(), new: str({ const: 'x' }), request: ['breaking', 'enum-restricted', '/const'], response: ['additive', 'enum-restricted', '/const'] },
  { name: 'maxLength lowered', old: str({ maxLength: 10 }), new: str({ maxLength: 5 }), request: ['breaking', 'limit-tightened', '/maxLength'], response: ['additive', 'limit-tightened', '/maxLength'] },
  { name: 'maxLength raised', old: str({ maxLength: 5 }), new: str({ maxLength: 10 }), request: ['additive', 'limit-loosened', '/maxLength'], response: ['warning', 'limit-loosened', '/maxLength'] },
  { name: 'a new maxLength', old: str(), new: str({ maxLength: 5 }), request: ['breaking', 'limit-tightened', '/maxLength'], response: ['additive', 'limit-tightened', '/maxLength'] },
  { name: 'maximum lowered', old: { type: 'integer', maximum: 100 }, new: { type: 'integer', maximum: 50 }, request: ['breaking', 'limit-tightened', '/maximum'], response: ['additive', 'limit-tightened', '/maximum'] },
  { name: 'maxItems lowered', old: { type: 'array', maxItems: 10 }, new: { type: 'array', maxItems: 5 }, request: ['breaking', 'limit-tightened', '/maxItems'], response: ['additive', 'limit-tightened', '/maxItems'] },
  { name: 'minimum raised', old: { type: 'integer', minimum: 1 }, new: { type: 'integer', minimum: 10 }, request: ['breaking', 'limit-tightened', '/minimum'], response: ['additive', 'limit-tightened', '/minimum'] },
  { name: 'minLength raised', old: str({ minLength: 0 }), new: str({ minLength: 1 }), request: ['breaking', 'limit-tightened', '/minLength'], response: ['additive', 'limit-tightened', '/minLength'] },
  { name: 'minimum lowered', old: { type: 'integer', minimum: 10 }, new: { type: 'integer', minimum: 1 }, request: ['additive', 'limit-loosened', '/minimum'], response: ['warning', 'limit-loosened', '/minimum'] },
  { name: 'x-maxSerializedBytes lowered', old: { type: 'object', 'x-maxSerializedBytes': 20480 }, new: { type: 'object', 'x-maxSerializedBytes': 10240 }, request: ['breaking', 'limit-tightened', '/x-maxSerializedBytes'], response: ['additive', 'limit-tightened', '/x-maxSerializedBytes'] },
  { name: 'a card tree limit (x-max…) lowered', old: { type: 'object', 'x-maxTables': 5 }, new: { type: 'object', 'x-maxTables': 3 }, request: ['breaking', 'limit-tightened', '/x-maxTables'], response: ['additive', 'limit-tightened', '/x-maxTables'] },
  { name: 'a boolean x- rule switched on', old: { type: 'object' }, new: { type: 'object', 'x-uniqueElementIds': true }, request: ['breaking', 'rule-added', '/x-uniqueElementIds'], response: ['additive', 'rule-added', '/x-uniqueElementIds'] },
  {
    name: 'a rule inside x-platformError (compared in place)',
    old: { type: 'string', 'x-platformError': { rule: 'r', code: 1, message: 'm', schema: { maxLength: 9 } } },
    new: { type: 'string', 'x-platformError': { rule: 'r', code: 1, message: 'm', schema: { maxLength: 5 } } },
    request: ['breaking', 'limit-tightened', '/x-platformError/schema/maxLength'],
    response: ['additive', 'limit-tightened', '/x-platformError/schema/maxLength'],
  },
  {
    name: 'a new required key inside a JSON string (contentSchema, which our validators enforce)',
    old: str({ contentMediaType: 'application/json', contentSchema: obj({ text: str() }) }),
    new: str({ contentMediaType: 'application/json', contentSchema: obj({ text: str() }, ['text']) }),
    request: ['breaking', 'property-made-required', '/contentSchema/properties/text'],
    response: ['additive', 'property-made-required', '/contentSchema/properties/text'],
  },
  { name: 'x-maxUtf8Bytes lowered', old: str({ 'x-maxUtf8Bytes': 153600 }), new: str({ 'x-maxUtf8Bytes': 30720 }), request: ['breaking', 'limit-tightened', '/x-maxUtf8Bytes'], response: ['additive', 'limit-tightened', '/x-maxUtf8Bytes'] },
  { name: 'an annotation edited (x-erratum)', old: { type: 'string', 'x-erratum': { doc: 'a' } }, new: { type: 'string', 'x-erratum': { doc: 'b' } }, request: [], response: [] },
  { name: 'a new pattern', old: str(), new: str({ pattern: '^oc_' }), request: ['breaking', 'rule-added', '/pattern'], response: ['additive', 'rule-added', '/pattern'] },
  { name: 'a changed pattern', old: str({ pattern: '^oc_' }), new: str({ pattern: '^ou_' }), request: ['breaking', 'rule-changed', '/pattern'], response: ['warning', 'rule-changed', '/pattern'] },
  { name: 'a removed pattern', old: str({ pattern: '^oc_' }), new: str(), request: ['additive', 'rule-removed', '/pattern'], response: ['warning', 'rule-removed', '/pattern'] },
  { name: 'a new format', old: str(), new: str({ format: 'uri' }), request: ['breaking', 'rule-added', '/format'], response: ['additive', 'rule-added', '/format'] },
  { name: 'a type narrowed (string or null → string)', old: { type: ['string', 'null'] }, new: { type: 'string' }, request: ['breaking', 'type-narrowed', '/type'], response: ['breaking', 'type-narrowed', '/type'] },
  { name: 'a type narrowed (number → integer)', old: { type: 'number' }, new: { type: 'integer' }, request: ['breaking', 'type-narrowed', '/type'], response: ['breaking', 'type-narrowed', '/type'] },
  { name: 'a type widened (integer → number)', old: { type: 'integer' }, new: { type: 'number' }, request: ['additive', 'type-widened', '/type'], response: ['breaking', 'type-widened', '/type'] },
  { name: 'an object closed to unknown keys', old: obj({ a: str() }), new: obj({ a: str() }, [], { additionalProperties: false }), request: ['breaking', 'rule-added', '/additionalProperties'], response: ['additive', 'rule-added', '/additionalProperties'] },
  { name: 'an alternative removed', old: { anyOf: [str(), { type: 'integer' }] }, new: { anyOf: [str()] }, request: ['breaking', 'alternative-removed', '/anyOf/1'], response: ['additive', 'alternative-removed', '/anyOf/1'] },
  { name: 'an alternative added', old: { anyOf: [str()] }, new: { anyOf: [str(), { type: 'integer' }] }, request: ['additive', 'alternative-added', '/anyOf/1'], response: ['warning', 'alternative-added', '/anyOf/1'] },
  {
    // listChats' 200 became oneOf [success, error envelope]; `types` became oneOf [array, wire string].
    name: 'a schema that became one branch of a new oneOf (compared with that branch; the others are alternatives)',
    old: obj({ a: str() }, ['a']),
    new: { oneOf: [obj({ a: str() }, ['a']), { type: 'string', enum: ['x,y'] }] },
    request: ['additive', 'alternative-added', '/oneOf/1'],
    response: ['warning', 'alternative-added', '/oneOf/1'],
  },
  {
    name: 'a oneOf reduced to one of its branches',
    old: { oneOf: [obj({ a: str() }, ['a']), { type: 'string' }] },
    new: obj({ a: str() }, ['a']),
    request: ['breaking', 'alternative-removed', '/oneOf/1'],
    response: ['additive', 'alternative-removed', '/oneOf/1'],
  },
  {
    name: 'a schema wrapped into a oneOf, and tightened inside its branch',
    old: obj({ a: str({ maxLength: 9 }) }),
    new: { oneOf: [obj({ a: str({ maxLength: 5 }) }), { type: 'string' }] },
    request: [['breaking', 'limit-tightened', '/oneOf/0/properties/a/maxLength'], ['additive', 'alternative-added', '/oneOf/1']],
    response: [['additive', 'limit-tightened', '/oneOf/0/properties/a/maxLength'], ['warning', 'alternative-added', '/oneOf/1']],
  },
  { name: 'a nested rule (inside items)', old: { type: 'array', items: obj({ id: str() }) }, new: { type: 'array', items: obj({ id: str({ maxLength: 3 }) }) }, request: ['breaking', 'limit-tightened', '/items/properties/id/maxLength'], response: ['additive', 'limit-tightened', '/items/properties/id/maxLength'] },
  {
    name: 'a rule behind a $ref (reported where it is written)',
    old: { $defs: { Id: str({ maxLength: 10 }) }, ...obj({ id: { $ref: '#/$defs/Id' } }) },
    new: { $defs: { Id: str({ maxLength: 5 }) }, ...obj({ id: { $ref: '#/$defs/Id' } }) },
    request: ['breaking', 'limit-tightened', '/$defs/Id/maxLength'],
    response: ['additive', 'limit-tightened', '/$defs/Id/maxLength'],
  },
  { name: 'a changed default', old: obj({ a: { type: 'boolean', default: false } }), new: obj({ a: { type: 'boolean', default: true } }), request: ['warning', 'default-changed', '/properties/a/default'], response: [] },
  { name: 'a description edited (not a change to validation)', old: str({ description: 'old words' }), new: str({ description: 'new words' }), request: [], response: [] },
];

const verdicts = (changes: Change[]) => changes.map((c): Verdict => [c.severity, c.rule, c.pointer]);
const expected = (v: Verdict | Verdict[]): Verdict[] => (v.length === 0 ? [] : Array.isArray(v[0]) ? (v as Verdict[]) : [v as Verdict]);

describe('JSON Schema rules, by direction', () => {
  describe.each(['request', 'response'] as Direction[])('in a %s', (direction) => {
    it.each(rules.map((r) => [r.name, r] as const))('%s', (_, rule) => {
      expect(verdicts(diffJsonSchema(rule.old, rule.new, direction))).toEqual(expected(rule[direction]));
    });
  });

  it('stops at recursive schemas and compares a shared piece once', () => {
    const tree = (max: number) => ({ $defs: { Node: obj({ name: str({ maxLength: max }), children: { type: 'array', items: { $ref: '#/$defs/Node' } } }) }, $ref: '#/$defs/Node' });
    expect(verdicts(diffJsonSchema(tree(10), tree(5), 'request'))).toEqual([['breaking', 'limit-tightened', '/$defs/Node/properties/name/maxLength']]);
  });

  it('does not loop on a document that is a $ref to itself', () => {
    expect(verdicts(diffJsonSchema({ $ref: '#' }, str(), 'request'))).toEqual([['warning', 'unresolved-ref-changed', '/$ref']]);
  });

  it('follows $refs into other documents when given them, and compares an unresolvable one as text', () => {
    const id = 'https://example.test/common/Id.json';
    const input = { $id: 'https://example.test/jsapi/x.input.json', ...obj({ id: { $ref: '../common/Id.json' } }) };
    const changes = diffJsonSchema(input, input, 'request', [[[id, str({ maxLength: 9 })]], [[id, str({ maxLength: 3 })]]]);
    expect(verdicts(changes)).toEqual([['breaking', 'limit-tightened', `${id}#/maxLength`]]);
    const moved = diffJsonSchema(input, { ...input, properties: { id: { $ref: '../common/Other.json' } } }, 'request');
    expect(verdicts(moved)).toEqual([['warning', 'unresolved-ref-changed', '/properties/id/$ref']]);
  });

  it('tells the direction from a schema id or file name', () => {
    expect(['listChats.query', 'x/getTenantAccessToken.body.json', 'chooseChat.input.json', 'getChat.path'].map((n) => directionOf(n))).toEqual(['request', 'request', 'request', 'request']);
    expect(['listChats.response', 'sendMessageCard.fail.json', 'https://x.test/chooseChat.success.json', 'errorResponse.json'].map((n) => directionOf(n))).toEqual(['response', 'response', 'response', 'response']);
    expect(directionOf('card.v2.json')).toBeUndefined();
    // Event bodies are received from Feishu; the app's answer to a callback (…response) is sent by it.
    expect(['event.im.message.receive_v1', 'schemas/events/im.chat.updated_v1.json', 'event.v1.json', 'https://feishu-chat-contract.dev/schemas/events/url_verification.json'].map((n) => directionOf(n))).toEqual(['response', 'response', 'response', 'response']);
    expect(['event.card.action.trigger.response', 'schemas/events/card.action.trigger.response.json'].map((n) => directionOf(n))).toEqual(['request', 'request']);
    expect(directionOf('schemas/events/common/UserId.json')).toBeUndefined(); // a shared piece, not a payload
  });

  it('judges a payload of unknown direction (a card) both ways: a change breaks if it breaks either side', () => {
    const judged = (o: unknown, n: unknown) => (diffContracts(o, n, { names: ['card.json', 'card.json'] }) as { changes: Change[] }).changes;
    expect(verdicts(judged(str({ maxLength: 9 }), str({ maxLength: 5 })))).toEqual([['breaking', 'limit-tightened', '/maxLength']]); // breaks senders
    expect(verdicts(judged(obj({ a: str() }, ['a']), obj({ a: str() })))).toEqual([['breaking', 'property-made-optional', '/properties/a']]); // breaks readers
    expect(verdicts(judged(str({ enum: ['x'] }), str({ enum: ['x', 'y'] })))).toEqual([['warning', 'enum-value-added', '/enum']]);
    expect(verdicts(judged(obj({}), obj({ b: str() })))).toEqual([['additive', 'property-added', '/properties/b']]);
  });
});

/** A one-operation OpenAPI document; `edit` changes a deep copy. */
function api(edit: (doc: any) => void = () => {}) {
  const doc: any = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    security: [{ tenant: [] }],
    paths: {
      '/chats/{chat_id}': {
        post: {
          operationId: 'updateChat',
          parameters: [
            { name: 'chat_id', in: 'path', required: true, schema: str() },
            { name: 'page_size', in: 'query', schema: { type: 'integer', maximum: 100 } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateRequest' } } } },
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Chat' } } } },
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
    },
    components: {
      schemas: {
        UpdateRequest: obj({ name: str({ maxLength: 64 }) }, [], { additionalProperties: false }),
        Chat: obj({ chat_id: str(), name: str(), status: str({ enum: ['normal', 'dissolved'] }) }, ['chat_id', 'name']),
      },
      responses: { BadRequest: { description: 'bad', content: { 'application/json': { schema: obj({ code: { type: 'integer' } }, ['code']) } } } },
    },
  };
  const copy = structuredClone(doc);
  edit(copy);
  return [doc, copy] as const;
}
const op = ['', 'paths', '~1chats~1{chat_id}', 'post'].join('/');

describe('OpenAPI rules', () => {
  const cases: [string, (doc: any) => void, Verdict[]][] = [
    ['an operation removed → breaking', (d) => delete d.paths['/chats/{chat_id}'].post, [['breaking', 'operation-removed', op]]],
    ['an operation added → additive', (d) => (d.paths['/chats'] = { get: { operationId: 'listChats', responses: {} } }), [['additive', 'operation-added', '/paths/~1chats/get']]],
    ['a new required query parameter → breaking', (d) => d.paths['/chats/{chat_id}'].post.parameters.push({ name: 'x', in: 'query', required: true, schema: str() }), [['breaking', 'required-parameter-added', `${op}/parameters/2`]]],
    ['a new optional query parameter → additive', (d) => d.paths['/chats/{chat_id}'].post.parameters.push({ name: 'x', in: 'query', schema: str() }), [['additive', 'parameter-added', `${op}/parameters/2`]]],
    ['a parameter removed → breaking', (d) => d.paths['/chats/{chat_id}'].post.parameters.pop(), [['breaking', 'parameter-removed', `${op}/parameters/1`]]],
    ['a parameter made required → breaking', (d) => (d.paths['/chats/{chat_id}'].post.parameters[1].required = true), [['breaking', 'parameter-made-required', `${op}/parameters/1/required`]]],
    ['a parameter limit tightened → breaking', (d) => (d.paths['/chats/{chat_id}'].post.parameters[1].schema.maximum = 50), [['breaking', 'limit-tightened', `${op}/parameters/1/schema/maximum`]]],
    ['a parameter limit loosened → additive', (d) => (d.paths['/chats/{chat_id}'].post.parameters[1].schema.maximum = 500), [['additive', 'limit-loosened', `${op}/parameters/1/schema/maximum`]]],
    ['a path parameter renamed → no change', (d) => {
      const item = d.paths['/chats/{chat_id}'];
      item.post.parameters[0].name = 'id';
      d.paths['/chats/{id}'] = item;
      delete d.paths['/chats/{chat_id}'];
    }, []],
    ['a new required request-body property → breaking', (d) => {
      const s = d.components.schemas.UpdateRequest;
      s.properties.owner = str();
      s.required = ['owner'];
    }, [['breaking', 'required-property-added', '/components/schemas/UpdateRequest/properties/owner']]],
    ['a request-body limit tightened → breaking', (d) => (d.components.schemas.UpdateRequest.properties.name.maxLength = 32), [['breaking', 'limit-tightened', '/components/schemas/UpdateRequest/properties/name/maxLength']]],
    ['a request body removed → breaking', (d) => delete d.paths['/chats/{chat_id}'].post.requestBody, [['breaking', 'request-body-removed', `${op}/requestBody`]]],
    ['a response property removed → breaking', (d) => delete d.components.schemas.Chat.properties.status, [['breaking', 'property-removed', '/components/schemas/Chat/properties/status']]],
    ['a response property made optional → breaking', (d) => (d.components.schemas.Chat.required = ['chat_id']), [['breaking', 'property-made-optional', '/components/schemas/Chat/properties/name']]],
    ['a response type narrowed → breaking', (d) => (d.components.responses.BadRequest.content['application/json'].schema.properties.code.type = 'string'), [
      ['breaking', 'type-narrowed', '/components/responses/BadRequest/content/application~1json/schema/properties/code/type'],
      ['breaking', 'type-widened', '/components/responses/BadRequest/content/application~1json/schema/properties/code/type'],
    ]],
    ['a new response enum value → warning', (d) => d.components.schemas.Chat.properties.status.enum.push('archived'), [['warning', 'enum-value-added', '/components/schemas/Chat/properties/status/enum']]],
    ['a new response property → additive', (d) => (d.components.schemas.Chat.properties.owner_id = str()), [['additive', 'property-added', '/components/schemas/Chat/properties/owner_id']]],
    ['a success response removed → breaking', (d) => delete d.paths['/chats/{chat_id}'].post.responses['200'], [['breaking', 'response-removed', `${op}/responses/200`]]],
    ['the authentication changed → breaking', (d) => (d.paths['/chats/{chat_id}'].post.security = [{ user: [] }]), [['breaking', 'security-changed', `${op}/security`]]],
  ];
  it.each(cases)('%s', (_, edit, expected) => {
    const [before, after] = api(edit);
    expect(verdicts(diffOpenApi(before, after))).toEqual(expected);
  });

  it('a change in a request and in a response schema: same edit, opposite verdicts', () => {
    const [before, after] = api((d) => {
      d.components.schemas.UpdateRequest.properties.name.enum = ['a'];
      d.components.schemas.Chat.properties.name.enum = ['a'];
    });
    const byPointer = Object.fromEntries(diffOpenApi(before, after).map((c) => [c.pointer, c.severity]));
    expect(byPointer).toEqual({ '/components/schemas/UpdateRequest/properties/name/enum': 'breaking', '/components/schemas/Chat/properties/name/enum': 'additive' });
  });

  it('refuses to compare an OpenAPI document with a JSON Schema', () => {
    expect(diffContracts(openapi, str(), { names: ['a.json', 'b.json'] })).toEqual({ problem: expect.stringContaining('a.json is an OpenAPI document but b.json is not') });
  });
});

describe('the real contract', () => {
  it('diffed with itself reports nothing: openapi.json', () => {
    expect(diffContracts(openapi, structuredClone(openapi))).toEqual({ changes: [], breaking: 0, warnings: 0, additive: 0 });
  });

  it.each(fs.readdirSync(path.join(repoRoot, 'generated/json-schema')))('diffed with itself reports nothing: json-schema/%s', (name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'generated/json-schema', name), 'utf8'));
    expect(diffContracts(schema, structuredClone(schema), { names: [name, name] })).toEqual({ changes: [], breaking: 0, warnings: 0, additive: 0 });
  });

  it('diffed with itself reports nothing: the hand-written JSAPI and event schemas, their $refs followed across files', () => {
    const files = jsonSchemaFiles() as [string, any][];
    const documents = files.map(([, s]) => [s.$id, s] as [string, unknown]);
    for (const [file, schema] of files.filter(([file]) => file.startsWith('jsapi/') || /^events\/[^/]+\.json$/.test(file))) {
      expect(diffJsonSchema(schema, structuredClone(schema), directionOf(file)!, [documents, structuredClone(documents)]), file).toEqual([]);
    }
  });

  it('sees a real edit: lowering listChats page_size maximum breaks, in the parameter it is written in', () => {
    const changed = structuredClone(openapi);
    changed.components.parameters.PageSize.schema.maximum = 50;
    expect(verdicts(diffOpenApi(openapi, changed))).toEqual([['breaking', 'limit-tightened', '/components/parameters/PageSize/schema/maximum']]);
  });
});
