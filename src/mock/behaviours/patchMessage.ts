// patchMessage: replaces the card of an interactive message the same identity sent, within 14 days,
// at most 5 times per second per message; getMessage and listMessages then show it with `updated`.
// A card without update_multi (before or after) is accepted with a warning by default and refused
// with 230001 in strict mode (§12 #8); another identity gets 230027 (§12 #9, inferred).
import { actorOf } from './actors.js';
import { cardError, contentErrorCode } from './content-errors.js';
import type { Behaviour, InvalidBody } from './context.js';
import { cardProblem, failExt, isSharedCard, targetMessage } from './message-access.js';
import { resourceProblem } from './message-resources.js';

/** How long after sending a card can be updated (DH-PATCH: 14 days). */
const EDIT_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

export const patchMessage: Behaviour & { invalidBody: InvalidBody } = ({ operation, pathParams, body, caller, logId }, mock) => {
  const content = (body as { content: string }).content;
  const target = targetMessage(mock, pathParams.message_id!, logId);
  if ('status' in target) return target;
  if (target.recalled) return mock.fail('messageRecalled', logId);
  if (target.message.msg_type !== 'interactive') return failExt('messageInvalidParameter', 'This message is NOT a card.', logId);
  const actor = actorOf(caller!, mock);
  if (target.sender !== actor) return mock.fail('messagePermissionMissing', logId, {}, 'the card was sent by another identity (x-mock-inferred)');
  const now = mock.now();
  if (now - Number(target.message.create_time) > EDIT_WINDOW_MS) return mock.fail('messageEditWindowPassed', logId);
  const perMessage = (operation.rateLimit as { perMessagePerSecond?: number } | undefined)?.perMessagePerSecond;
  if (perMessage !== undefined && mock.messages.takeUpdate(target.message.message_id, perMessage, now)) return mock.fail('messageRateLimited', logId);
  const bad = cardProblem(content, logId);
  if (bad) return bad;
  const before = isSharedCard(JSON.parse(target.message.body.content) as Record<string, unknown>);
  const after = isSharedCard(JSON.parse(content) as Record<string, unknown>);
  if (before === false || after === false) {
    if (mock.rules.strictUpdateMulti) return failExt('messageInvalidParameter', 'update_multi must be true', logId);
    mock.warn(`patchMessage ${target.message.message_id}: the card ${before === false ? 'stored' : 'sent'} lacks config.update_multi: true; the platform requires it before and after an update (accepted: the mock is not strict)`);
  }
  const resources = resourceProblem('interactive', content, actor.slice(actor.indexOf(':') + 1), mock.uploads, logId, mock);
  if (resources) return resources;
  mock.messages.updateCard(target, content, now);
  return { status: 200, body: { code: 0, data: {}, msg: 'ok' } };
};

/** A new card that breaks the contract: 230099 for a card that cannot be built, 230025 over 30 KB, else 230001. */
patchMessage.invalidBody = (errors, body, logId, mock) => {
  const code = contentErrorCode(errors, { ...(body as object), msg_type: 'interactive' });
  if (code.name === 'cardContentInvalid') return cardError(errors, logId);
  return mock.fail(code.name, logId, { field_violations: errors.map((e) => ({ field: e.path.split('/')[1] ?? '', description: e.message })) });
};
