/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/ and schemas/ by scripts/generate-validators.js
 * Regenerate: npm run generate
 */
export declare const contractIndex: {
  schemaIds: Record<string, { export: string; ref: string }>;
  operations: Record<string, { method: string; path: string; responses: Record<string, string> }>;
  jsapiErrorCodes: {
    sendMessageCard: {
      codes: { code: number; title: string; description: string }[];
      inputRules: { keyword: string; path: string; errCode: number }[];
    };
  };
};
