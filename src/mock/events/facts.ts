// Facts of the card callback the mock reads from the contract: the client error codes an answer can
// earn are written once, in the response schema's `x-clientErrorCodes` (schemas/events/), and
// generated into generated/events.js.
import { eventBodies } from '../../../generated/events.js';
import { FeishuError } from '../../errors.js';
import type { CardClientErrors } from './cards.js';

/** The codes the Feishu client shows for a late, a malformed, and a wrong-card answer. */
export function cardClientErrors(): CardClientErrors {
  const table = eventBodies['card.action.trigger.response'].clientErrorCodes ?? {};
  const code = (name: keyof CardClientErrors) => {
    const value = table[name];
    if (typeof value !== 'number') throw new FeishuError(`the contract has no x-clientErrorCodes.${name} in event.card.action.trigger.response`);
    return value;
  };
  return { late: code('late'), malformed: code('malformed'), wrongCard: code('wrongCard') };
}
