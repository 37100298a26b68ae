// Reading the caller's token from the Authorization header, the way the platform does.

/**
 * The longest Authorization header the mock reads. Real tokens are far shorter (tenant tokens
 * are about 40 characters, user tokens a few hundred): a longer header is refused before it is
 * parsed, so that nothing the mock keeps can grow with what a caller sends.
 */
export const MAX_AUTHORIZATION_CHARS = 4096;

/** The token of a request, or why there is none. */
export type BearerToken = { token: string } | { problem: 'missing' | 'tooLong' };

/**
 * Parses `Authorization: Bearer <token>`. The scheme is case-insensitive and the whitespace
 * between it and the token any run of spaces or tabs (RFC 9110 §11.1): every spelling of one
 * token yields the same token, so a caller cannot dodge a limit by re-spelling its header.
 */
export function parseAuthorization(header: string | null | undefined): BearerToken {
  if (header == null || header === '') return { problem: 'missing' };
  if (header.length > MAX_AUTHORIZATION_CHARS) return { problem: 'tooLong' };
  const match = /^\s*bearer[ \t]+(\S+)\s*$/i.exec(header);
  return match ? { token: match[1]! } : { problem: 'missing' };
}
