// How a JSON pointer reads in a message: its own module, so that the error root (src/errors.ts) can
// tell a message's field name (the caller's keys) from its rule (the package's words) without
// loading the validators' message tables.

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `/openChatIDs/0` → `openChatIDs[0]`; the root is `(root)`. */
export function fieldName(pointer: string): string {
  if (pointer === '') return '(root)';
  return pointer
    .split('/')
    .slice(1)
    .map((segment, i) => (/^\d+$/.test(segment) ? `[${segment}]` : `${i ? '.' : ''}${unescape(segment)}`))
    .join('');
}
