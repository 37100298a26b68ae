/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: spec/ and schemas/ by scripts/generate-validators.js
 * Regenerate: npm run generate
 */
export declare const schemaIds: Record<string, { export: string; ref: string }>;
export declare const errorCodes: Record<"invalidParameter" | "appNotExist" | "botNotActivated" | "appUnavailable" | "tokenMissing" | "tenantTokenInvalid" | "userTokenInvalid" | "tokenFormatInvalid" | "scopeMissing" | "userTokenExpired" | "scopeNotGranted" | "ipDenied" | "quotaExhausted" | "rateLimited" | "chatIdInvalid" | "crossTenantChat" | "operatorNotInChat" | "externalChatNotAllowed" | "chatDissolved" | "messageInvalidParameter" | "botNotInChat" | "messageBotNotActivated" | "recipientUnavailable" | "p2pChatNotShareable" | "resourceNotOwnedByBot" | "chatSettingsForbid" | "topicNotFound" | "messageRateLimited" | "sensitiveContent" | "contentTooLong" | "messagePermissionMissing" | "auditFailed" | "userResigned" | "receiveIdInvalid" | "sendPermissionDenied" | "tenantCryptKeyDeleted" | "crossTenantP2pForbidden" | "messageBeingSent" | "botBlockedByUser" | "msgTypeUnavailableInConnectGroup" | "fileTypeMismatch" | "encryptedSendUnsupported" | "cardContentInvalid" | "appCredentialsInvalid" | "appSecretInvalid" | "longConnectionSystemBusy" | "longConnectionInternalError" | "longConnectionNoCredential" | "longConnectionCredentialsInvalid" | "longConnectionLimitExceeded", { code: number; httpStatus: number; retryable: boolean; msg?: string; meaning: string; action: string }>;
export declare const excludedConsts: Record<string, unknown>;
export declare const jsapiInputDefaults: Record<string, Record<string, unknown>>;
export declare const jsapiErrorCodes: {
  sendMessageCard: {
    codes: { code: number; title: string; description: string }[];
    inputRules: { keyword: string; path: string; errCode: number }[];
    outcomes: { cancelled: number; sendFailed: number };
  };
};
