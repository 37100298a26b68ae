// Where the contract and its generated artifacts live, relative to the repository root.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const specRoot = path.join(root, 'spec/openapi.yaml');
export const schemasDir = path.join(root, 'schemas');
export const generatedDir = path.join(root, 'generated');
export const bundledSpec = path.join(generatedDir, 'openapi.json');

/** Header for generated TypeScript/JavaScript files. */
export function generatedHeader(source, command) {
  return `/**\n * GENERATED FILE — DO NOT EDIT.\n * Source: ${source}\n * Regenerate: ${command}\n */\n`;
}
