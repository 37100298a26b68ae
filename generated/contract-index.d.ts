/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/ and schemas/ by scripts/generate-validators.js
 * Regenerate: npm run generate
 */
export declare const contractIndex: {
  schemaIds: Record<string, { export: string; ref: string }>;
  operations: Record<string, {
    method: string;
    path: string;
    responses: Record<string, string>;
    query: Record<string, { default?: unknown; emptyResultAboveLength?: number }>;
    rateLimit?: { perSecond: number; perMinute: number };
  }>;
  errorCodes: Record<"invalidParameter" | "appNotExist" | "botNotActivated" | "appUnavailable" | "tokenMissing" | "tenantTokenInvalid" | "userTokenInvalid" | "tokenFormatInvalid" | "scopeMissing" | "userTokenExpired" | "scopeNotGranted" | "ipDenied" | "quotaExhausted" | "rateLimited", { code: number; httpStatus: number; msg?: string; meaning: string; action: string }>;
  excludedConsts: Record<string, unknown>;
  jsapiErrorCodes: {
    sendMessageCard: {
      codes: { code: number; title: string; description: string }[];
      inputRules: { keyword: string; path: string; errCode: number }[];
    };
  };
};
