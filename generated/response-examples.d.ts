/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: response examples (spec/ via generated/openapi.json, schemas/) by scripts/generate-operations.js
 * Regenerate: npm run generate
 */
import type { OperationId } from './operations.js';
/** The first documented example body per operation and HTTP status. */
export declare const responseExamples: { readonly [K in OperationId]: Readonly<Record<string, unknown>> };
