// Issue 23: adding an event is adding its schema file. A temporary copy of the repository gets
// test/add-event/im.chat.access_event.bot_p2p_chat_entered_v1.json under schemas/events/ — and
// nothing else: `npm run generate`, the build and the docs build then carry it into the event table
// (schema id, scopes, dedup keys, summary), the validators, the portable JSON Schema, the types
// (EventEnvelopeMap) and the docs pages, with src/ left as it is. A file whose annotations disagree
// with it (x-event-type, a dedup pointer that names nothing) fails generation, naming the file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/contract.js';

const TYPE = 'im.chat.access_event.bot_p2p_chat_entered_v1';
const file = path.join(repoRoot, 'test/add-event', `${TYPE}.json`);
let work = '';
let seen: any;

const treeText = (dir: string): string =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
    .map((rel) => `${rel}\n${fs.readFileSync(path.join(dir, rel), 'utf8')}`).join('\n');
const node = (args: string[], cwd = work) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'fcc-add-event-'));
  for (const part of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'redocly.yaml', 'README.md', 'spec', 'schemas', 'scripts', 'src', 'generated']) {
    fs.cpSync(path.join(repoRoot, part), path.join(work, part), { recursive: true });
  }
  // The docs' receiver guide quotes its samples from test/events-guide/ (they are type-checked there).
  fs.cpSync(path.join(repoRoot, 'test/events-guide'), path.join(work, 'test/events-guide'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  // The whole change: one schema file.
  fs.copyFileSync(file, path.join(work, 'schemas/events', `${TYPE}.json`));
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, REDOCLY_TELEMETRY: 'off' } });
  run(['scripts/generate.js']);
  run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  const site = path.join(work, 'site');
  const scenario = `
    const { events } = await import('./generated/events.js');
    const { validate } = await import('./dist/validators/index.js');
    const { buildSite } = await import('./scripts/build-docs.js');
    const envelope = (event, header = {}) => ({ schema: '2.0', header: { event_id: 'e1', event_type: ${JSON.stringify(TYPE)}, create_time: '1608725989000', token: 't', app_id: 'cli_1', tenant_key: 'k', ...header }, event });
    const id = 'event.${TYPE}';
    buildSite({ outDir: ${JSON.stringify(site)} });
    // The receiver (./events) reads the same table: it knows the event, runs its handler with the typed
    // envelope, and deduplicates by the file's own dedup keys (here a second key, /event/chat_id).
    const receiver = await import('./dist/events/index.js');
    const handler = receiver.createEventHandler({ ack: 'after-handler' });
    const handled = [];
    handler.on(${JSON.stringify(TYPE)}, (e) => { handled.push(e.header.event_id + ' ' + e.event.chat_id); });
    const first = await handler.dispatch(envelope({ chat_id: 'oc_1' }, { event_id: 'e1' }));
    const sameChat = await handler.dispatch(envelope({ chat_id: 'oc_1' }, { event_id: 'e2' }));
    const otherChat = await handler.dispatch(envelope({ chat_id: 'oc_2' }, { event_id: 'e3' }));
    console.log(JSON.stringify({
      receiver: { known: receiver.knownEventTypes.includes(${JSON.stringify(TYPE)}), facts: receiver.eventFacts(${JSON.stringify(TYPE)}), statuses: [first.status, sameChat.status, otherChat.status], handled },
      row: events[${JSON.stringify(TYPE)}],
      accepts: validate(id, envelope({ chat_id: 'oc_1', operator_id: { open_id: 'ou_1' } })),
      refusesStringOperator: validate(id, envelope({ chat_id: 'oc_1', operator_id: 'ou_1' })),
      refusesOtherType: validate(id, envelope({ chat_id: 'oc_1' }, { event_type: 'im.message.receive_v1' })),
    }));`;
  const out = run(['--input-type=module', '-e', scenario]);
  seen = { ...JSON.parse(out.trim().split('\n').pop()!), site };
}, 300_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('adding an event is adding its schema file (issue 23)', () => {
  it('left src/ exactly as it is in the repository', () => {
    expect(treeText(path.join(work, 'src'))).toBe(treeText(path.join(repoRoot, 'src')));
  });

  it('lands in the event table with its schema id, scopes, dedup keys and summary, read from the file\'s annotations', () => {
    expect(seen.row).toEqual({ schemaId: `event.${TYPE}`, scopes: ['im:chat:readonly'], dedupKeys: ['/header/event_id', '/event/chat_id'], summary: 'A user entered the p2p chat with the bot.' });
  });

  it('is received by ./events with no edit there: known, handled with its envelope, deduplicated by its own dedup keys', () => {
    expect(seen.receiver.known).toBe(true);
    expect(seen.receiver.facts).toMatchObject({ dedupKeys: ['/header/event_id', '/event/chat_id'] });
    expect(seen.receiver.statuses).toEqual([200, 200, 200]); // a duplicate is acknowledged, not handled again
    expect(seen.receiver.handled).toEqual(['e1 oc_1', 'e3 oc_2']);
  });

  it('is validated by the built validators: the envelope, UserId objects and the header event_type', () => {
    expect(seen.accepts).toEqual({ valid: true });
    expect(seen.refusesStringOperator.errors).toContainEqual(expect.objectContaining({ path: '/event/operator_id', keyword: 'type' }));
    expect(seen.refusesOtherType.errors).toContainEqual(expect.objectContaining({ path: '/header/event_type', keyword: 'const' }));
  });

  it('is typed in EventEnvelopeMap, published as a portable JSON Schema, and documented on its own page', () => {
    const dts = fs.readFileSync(path.join(work, 'generated/events.d.ts'), 'utf8');
    expect(dts).toContain(`"${TYPE}": ImChatAccessEventBotP2PChatEnteredV1Event;`);
    expect(JSON.parse(fs.readFileSync(path.join(work, `generated/json-schema/event.${TYPE}.json`), 'utf8')).title).toBe(`event.${TYPE}`);
    const page = fs.readFileSync(path.join(seen.site, `events/${TYPE}.html`), 'utf8');
    for (const text of ['im:chat:readonly', '/event/chat_id', 'last_message_id']) expect(page).toContain(text);
    expect(fs.readFileSync(path.join(seen.site, 'events/index.html'), 'utf8')).toContain(`${TYPE}.html`);
  });

  it('a file whose x-event-type is not its name, or whose dedup pointer names nothing, fails generation naming the file', () => {
    const target = path.join(work, 'schemas/events', `${TYPE}.json`);
    const good = fs.readFileSync(target, 'utf8');
    try {
      fs.writeFileSync(target, good.replace(`"x-event-type": "${TYPE}"`, '"x-event-type": "im.chat.access_event.typo_v1"'));
      const wrongType = node(['scripts/generate-events.js']);
      expect(wrongType.status).not.toBe(0);
      expect(wrongType.stderr).toContain(`schemas/events/${TYPE}.json: x-event-type must be "${TYPE}"`);
      fs.writeFileSync(target, good.replace('"/event/chat_id"', '"/event/chat_idd"'));
      const badPointer = node(['scripts/generate-events.js']);
      expect(badPointer.status).not.toBe(0);
      expect(badPointer.stderr).toContain('x-dedup-keys: /event/chat_idd names no property of the schema');
    } finally {
      fs.writeFileSync(target, good);
    }
  });
});
