// One line per change, the same in the CLI and in npm run check:breaking.
import type { Change } from './types.js';

const LABEL = { breaking: 'BREAKING', warning: 'warning ', additive: 'additive' } as const;

/** `BREAKING  /pointer  message [rule, direction]`. */
export function formatChange(c: Change): string {
  return `${LABEL[c.severity]}  ${c.pointer || '(root)'}  ${c.message} [${c.rule}${c.direction ? `, ${c.direction}` : ''}]`;
}
