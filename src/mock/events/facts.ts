// Facts of the card callback the mock reads from the contract: the client error codes an answer can
// earn are written once, in the response schema's `x-clientErrorCodes` (schemas/events/).
import fs from 'node:fs';
import { FeishuError } from '../../errors.js';
import type { CardClientErrors } from './cards.js';

const RESPONSE_SCHEMA = new URL('../../../schemas/events/card.action.trigger.response.json', import.meta.url);

let cached: CardClientErrors | undefined;

/** The codes the Feishu client shows for a late, a malformed, and a wrong-card answer. */
export function cardClientErrors(): CardClientErrors {
  if (cached) return cached;
  const schema = JSON.parse(fs.readFileSync(RESPONSE_SCHEMA, 'utf8')) as { 'x-clientErrorCodes'?: Record<string, { code?: number }> };
  const table = schema['x-clientErrorCodes'] ?? {};
  const code = (name: keyof CardClientErrors) => {
    const value = table[name]?.code;
    if (typeof value !== 'number') throw new FeishuError(`schemas/events/card.action.trigger.response.json has no x-clientErrorCodes.${name}.code`);
    return value;
  };
  cached = { late: code('late'), malformed: code('malformed'), wrongCard: code('wrongCard') };
  return cached;
}
