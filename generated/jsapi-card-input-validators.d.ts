/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: scripts/generate-validators.js
 * Regenerate: npm run generate
 */
import type { ValidateFunction } from "ajv";
export declare const sendMessageCard_input: ValidateFunction;
