/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: scripts/generate-validators.js
 * Regenerate: npm run generate
 */
import type { ValidateFunction } from "ajv";
export declare const chooseChat_input: ValidateFunction;
export declare const getChatInfo_input: ValidateFunction;
