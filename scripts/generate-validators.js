// Contract → generated/validators.js: ajv standalone code, so importing the validators
// compiles no schema at run time. Also writes generated/contract-index.js: the schema ids, the error
// codes, and the JSAPI facts (sendMessageCard's error-code table, input defaults), as data. The
// operation table is generated/operations.js (scripts/generate-operations.js).
import fs from 'node:fs';
import path from 'node:path';
import standaloneCode from 'ajv/dist/standalone/index.js';
import * as esbuild from 'esbuild';
import { createAjv } from './lib/ajv.js';
import { boundErrors, maxCollectedErrors } from './lib/bound-errors.js';
import { guardExports } from './lib/input-guard.js';
import { stripAnnotations } from './lib/strip-annotations.js';
import { errorCodes, excludedConsts, jsapiInputDefaults, jsonSchemaFiles, openApiAsJsonSchema, schemaIdRefs, readJson } from './lib/contract.js';
import { bundledSpec, generatedDir, generatedHeader, root, schemasDir } from './lib/paths.js';

const ajv = createAjv({ standalone: true });
for (const [, schema] of jsonSchemaFiles()) ajv.addSchema(stripAnnotations(schema));
ajv.addSchema(stripAnnotations(openApiAsJsonSchema().schema));

const ids = schemaIdRefs();
// Standalone exports need identifiers; the public ids have dots.
const exportName = (id) => id.replace(/[^A-Za-z0-9]/g, '_');
const refs = Object.fromEntries(Object.entries(ids).map(([id, ref]) => [exportName(id), ref]));
/**
 * ajv standalone code for `exportRefs` where several exports may name one schema (two operations
 * sharing a response schema, e.g. a reply and a send answering the same message). ajv 8 writes a
 * schema's function once per export that names it, and the module then declares `validateN` twice;
 * so each schema is exported once under its first name and the other names alias that function.
 */
function sharedSchemaCode(exportRefs) {
  const firstName = new Map(); // validate function → the export that carries its code
  const unique = {};
  const aliases = [];
  for (const [name, ref] of Object.entries(exportRefs)) {
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema with id ${ref} (export ${name})`);
    if (firstName.has(validate)) aliases.push([name, validate]);
    else {
      firstName.set(validate, name);
      unique[name] = ref;
    }
  }
  // Written as ajv writes an export, so scripts/lib/bound-errors.js wraps the aliases too.
  return [standaloneCode(ajv, unique), ...aliases.map(([name, validate]) => `export const ${name} = ${validate.source.validateName};`)].join('\n');
}
/** ajv standalone code for `exportRefs`, bundled into one self-contained ESM file, and its .d.ts. */
async function writeStandalone(file, exportRefs, from) {
  // ajv's standalone code require()s its CommonJS runtime helpers (string length, formats), and
  // Node and bundlers disagree on a CommonJS default import. Bundling them in with esbuild makes the
  // file self-contained: plain ESM with no runtime dependency, the same in Node, browsers and bundlers.
  const bundled = await esbuild.build({
    stdin: { contents: guardExports(boundErrors(sharedSchemaCode(exportRefs), maxCollectedErrors)), resolveDir: root, sourcefile: `${file}.standalone.js`, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  fs.writeFileSync(path.join(generatedDir, `${file}.js`), generatedHeader(from, 'npm run generate') + '// @ts-nocheck\n' + bundled.outputFiles[0].text);
  const dts = [
    generatedHeader('scripts/generate-validators.js', 'npm run generate').trimEnd(),
    'import type { ValidateFunction } from "ajv";',
    ...Object.keys(exportRefs).map((name) => `export declare const ${name}: ValidateFunction;`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(generatedDir, `${file}.d.ts`), dts);
}

await writeStandalone('validators', refs, 'schemas/ (every JSON Schema file) and spec/ (via generated/openapi.json)');
// The client checks every call's path and query parameters before it sends: a module of just those
// schemas is what a call that sends no body loads, instead of the whole contract's validators
// (issue 26.2: loading those was the largest start-up cost a listing process added).
const requestRefs = Object.fromEntries(Object.entries(ids).filter(([id]) => /\.(query|path)$/.test(id)).map(([id, ref]) => [exportName(id), ref]));
await writeStandalone('request-validators', requestRefs, "spec/ (each operation's path and query parameters, via generated/openapi.json)");
// The tt wrappers check inputs only; a module of just those keeps the browser bundle small
// (ajv's standalone output is not tree-shakeable: its functions carry property assignments).
// The card contract is most of that code, so an input that reaches schemas/card/ (through its
// $refs) gets a module of its own, which ./jsapi loads on the first call that needs it (issue 26.4).
const jsapiInputRefs = Object.fromEntries(Object.entries(refs).filter(([name]) => /_input$/.test(name)));
/** Whether the schema file `file` reaches a file under schemas/card/ through its $refs. */
function reachesCard(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  if (path.relative(path.join(schemasDir, 'card'), file).split(path.sep)[0] !== '..') return true;
  const targets = [...JSON.stringify(readJson(file)).matchAll(/"\$ref":"([^"#]+)/g)].map((m) => path.resolve(path.dirname(file), m[1]));
  return targets.some((target) => fs.existsSync(target) && reachesCard(target, seen));
}
const inputFile = (name) => path.join(schemasDir, 'jsapi', `${name.replace(/_input$/, '')}.input.json`);
const [cardInputs, plainInputs] = [true, false].map((card) => Object.fromEntries(Object.entries(jsapiInputRefs).filter(([name]) => reachesCard(inputFile(name)) === card)));
await writeStandalone('jsapi-input-validators', plainInputs, 'schemas/jsapi/*.input.json (inputs without a card)');
await writeStandalone('jsapi-card-input-validators', cardInputs, 'schemas/jsapi/*.input.json (inputs that carry a card: schemas/card/)');

const sendInput = readJson(path.join(schemasDir, 'jsapi/sendMessageCard.input.json'));
const sendFail = readJson(path.join(schemasDir, 'jsapi/sendMessageCard.fail.json'));
const index = {
  schemaIds: Object.fromEntries(Object.keys(ids).map((id) => [id, { export: exportName(id), ref: ids[id] }])),
  errorCodes: errorCodes(),
  excludedConsts: excludedConsts(),
  // Open strings whose accepted values the platform lists (x-known-values), by component name: the
  // mock enforces them (e.g. emoji_type → 231001), the client leaves them open.
  knownValues: Object.fromEntries(Object.entries(readJson(bundledSpec).components.schemas).filter(([, schema]) => Array.isArray(schema['x-known-values'])).map(([name, schema]) => [name, schema['x-known-values']])),
  jsapiInputDefaults: jsapiInputDefaults(),
  jsapiErrorCodes: {
    sendMessageCard: {
      codes: sendFail.properties.errCode.oneOf.map(({ const: code, title, description }) => ({ code, title, description })),
      inputRules: sendInput['x-errCodes'],
      outcomes: sendFail['x-outcomeErrCodes'],
    },
  },
};
// A module rather than JSON, so that every consumer (Node ESM/CJS, bundlers, tsc) reads it alike.
const header = generatedHeader('spec/ and schemas/ by scripts/generate-validators.js', 'npm run generate');
// Named exports, so that a bundle takes only the facts it uses (the tt wrappers need two of them).
fs.writeFileSync(
  path.join(generatedDir, 'contract-index.js'),
  header + Object.entries(index).map(([name, value]) => `export const ${name} = ${JSON.stringify(value, null, 2)};\n`).join('\n'),
);
fs.writeFileSync(
  path.join(generatedDir, 'contract-index.d.ts'),
  `${header}export declare const schemaIds: Record<string, { export: string; ref: string }>;
export declare const errorCodes: Record<${Object.keys(index.errorCodes).map((n) => JSON.stringify(n)).join(' | ')}, { code: number; httpStatus: number; retryable: boolean; msg?: string; meaning: string; action: string; invalidParameter?: boolean; subCodes?: readonly { name: string; code: number; msg: string }[] }>;
export declare const excludedConsts: Record<string, unknown>;
export declare const knownValues: Record<string, readonly string[]>;
export declare const jsapiInputDefaults: Record<string, Record<string, unknown>>;
export declare const jsapiErrorCodes: {
  sendMessageCard: {
    codes: { code: number; title: string; description: string }[];
    inputRules: { keyword: string; path: string; errCode: number }[];
    outcomes: { cancelled: number; sendFailed: number };
  };
};\n`,
);
console.log(`validators → generated/validators.js (${Object.keys(refs).length} schema ids), generated/request-validators.js (${Object.keys(requestRefs).length}), generated/jsapi-input-validators.js (${Object.keys(plainInputs).length}), generated/jsapi-card-input-validators.js (${Object.keys(cardInputs).length})`);
