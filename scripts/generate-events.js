// schemas/events/ → generated/events.js (+ .d.ts): the event table. Each event's facts are written once,
// as annotations on its schema file — `x-event-type`, `x-scopes` (what to subscribe with), `x-dedup-keys`
// (JSON pointers into the envelope), `x-summary` — and read from there by the receiver, the mock, the
// docs and this table. Adding an event is adding its schema file: nothing under src/ names event types.
import fs from 'node:fs';
import path from 'node:path';
import { publicSchemaFiles } from './lib/contract.js';
import { generatedDir, generatedHeader } from './lib/paths.js';
import { schemaFileResolver } from './lib/resolve.js';

const resolver = schemaFileResolver();

/** The property schema `token` names in `at` (its own properties first, then its $ref and allOf members'). */
function propertyOf(at, token) {
  if (!at.schema || typeof at.schema !== 'object') return undefined;
  if (at.schema.properties?.[token]) return { schema: at.schema.properties[token], file: at.file };
  const members = [...(typeof at.schema.$ref === 'string' ? [{ $ref: at.schema.$ref }] : []), ...(at.schema.allOf ?? [])];
  for (const member of members) {
    const found = propertyOf(typeof member.$ref === 'string' ? resolver.resolve(member.$ref, at.file) : { schema: member, file: at.file }, token);
    if (found) return found;
  }
  return undefined;
}

/** The schema a JSON pointer into a payload lands on (through properties, $refs and allOf), or undefined. */
function schemaAt(file, pointer) {
  let at = { schema: resolver.files.get(file), file };
  for (const token of pointer.split('/').slice(1)) {
    at = propertyOf(at, token);
    if (!at) return undefined;
  }
  return at.schema;
}

/** The facts of one schema file, checked: a missing or malformed annotation fails generation, naming the file. */
function factsOf({ rel, id }) {
  const schema = resolver.files.get(rel);
  const type = schema['x-event-type'];
  const fail = (why) => { throw new Error(`schemas/${rel}: ${why}`); };
  if (typeof type !== 'string' || `event.${type}` !== id) fail(`x-event-type must be "${id.slice('event.'.length)}" (the file name), got ${JSON.stringify(type)}`);
  if (typeof schema['x-summary'] !== 'string' || !schema['x-summary']) fail('x-summary (one line for the event table and the docs) is missing');
  const dedupKeys = schema['x-dedup-keys'] ?? [];
  if (!Array.isArray(dedupKeys) || dedupKeys.some((p) => typeof p !== 'string' || !p.startsWith('/'))) fail('x-dedup-keys must be an array of JSON pointers');
  for (const pointer of dedupKeys) if (!schemaAt(rel, pointer)) fail(`x-dedup-keys: ${pointer} names no property of the schema`);
  return { type, schema, dedupKeys };
}

const events = {};
const bodies = {};
for (const file of publicSchemaFiles().filter((f) => f.dir === 'events')) {
  const { type, schema, dedupKeys } = factsOf(file);
  if ('x-scopes' in schema) {
    // A schema-2.0 event: pushed under header.event_type, which its schema pins to the same type.
    if (!Array.isArray(schema['x-scopes']) || schema['x-scopes'].some((s) => typeof s !== 'string')) throw new Error(`schemas/${file.rel}: x-scopes must be an array of scope names`);
    if (schemaAt(file.rel, '/header/event_type')?.const !== type) throw new Error(`schemas/${file.rel}: header.event_type must be const "${type}"`);
    if (!dedupKeys.includes('/header/event_id')) throw new Error(`schemas/${file.rel}: x-dedup-keys must include /header/event_id (every push carries it)`);
    events[type] = { schemaId: file.id, scopes: schema['x-scopes'], dedupKeys, summary: schema['x-summary'] };
  } else {
    bodies[type] = { schemaId: file.id, title: schema.title, dedupKeys, summary: schema['x-summary'] };
    // The card answer's client error codes (x-clientErrorCodes): name → code, for the mock and docs.
    if (schema['x-clientErrorCodes']) bodies[type].clientErrorCodes = Object.fromEntries(Object.entries(schema['x-clientErrorCodes']).map(([name, { code }]) => [name, code]));
  }
}

const header = generatedHeader('schemas/events/*.json (x-event-type, x-scopes, x-dedup-keys, x-summary) by scripts/generate-events.js', 'npm run generate');
fs.writeFileSync(
  path.join(generatedDir, 'events.js'),
  `${header}/** The schema-2.0 events, by header.event_type. */\nexport const events = ${JSON.stringify(events, null, 2)};\n\n` +
    `/** The other bodies an app receives or answers (challenge, encrypted body, 1.0 envelope, legacy card callback, card answer), by name. */\nexport const eventBodies = ${JSON.stringify(bodies, null, 2)};\n`,
);
const titleOf = (schemaId) => resolver.files.get(`events/${schemaId.slice('event.'.length)}.json`).title;
const types = [...Object.values(events), ...Object.values(bodies)].map((e) => titleOf(e.schemaId));
fs.writeFileSync(
  path.join(generatedDir, 'events.d.ts'),
  `${header}import type { ${types.join(', ')} } from './event-types.js';
export type * from './event-types.js';

/** Each schema-2.0 event type and the type of its whole decrypted envelope \`{schema, header, event}\`. */
export interface EventEnvelopeMap {
${Object.entries(events).map(([type, e]) => `  ${JSON.stringify(type)}: ${titleOf(e.schemaId)};`).join('\n')}
}
/** A schema-2.0 event type (\`header.event_type\`). */
export type EventType = keyof EventEnvelopeMap;

/** One row of the event table. */
export interface EventTableEntry<T extends string = string> {
  /** The schema id its envelope validates against: \`validate(schemaId, envelope)\`. */
  schemaId: \`event.\${T}\`;
  /** The scopes an app needs to subscribe to it (any one of them). */
  scopes: string[];
  /** JSON pointers into the envelope: a delivery whose value at any of them was seen is a duplicate. */
  dedupKeys: string[];
  /** One line: when the platform sends it. */
  summary: string;
}
export declare const events: { readonly [T in EventType]: EventTableEntry<T> };

/** The other bodies, by name, and the type each validates as. */
export interface EventBodyMap {
${Object.entries(bodies).map(([name, e]) => `  ${JSON.stringify(name)}: ${titleOf(e.schemaId)};`).join('\n')}
}
export declare const eventBodies: { readonly [N in keyof EventBodyMap]: { schemaId: \`event.\${N}\`; title: string; dedupKeys: string[]; summary: string; clientErrorCodes?: Record<string, number> } };
`,
);
console.log(`events → generated/events.js (${Object.keys(events).length} events, ${Object.keys(bodies).length} other bodies)`);
