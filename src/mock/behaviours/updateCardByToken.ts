// updateCardByToken (POST /open-apis/interactive/v1/card/update): the delayed update with a card
// callback's token — one implementation, shared with the event source's card clicks (they issue the
// token through the same CardTokens). The token's format, lifetime and uses; only this app's card,
// not recalled; a 1.0 exclusive card needs card.open_ids; at most 30 KB of card JSON. An update made
// before the callback was answered is accepted and discarded, as the platform reverts it.
import { validate } from '../../validators/index.js';
import { botAppId } from './actors.js';
import type { Behaviour, InvalidBody } from './context.js';
import { isSharedCard } from './message-access.js';
import { resourceProblem } from './message-resources.js';

interface CardUpdate {
  token: string;
  card: Record<string, unknown> & { open_ids?: string[] };
}

export const updateCardByToken: Behaviour & { invalidBody: InvalidBody } = ({ body, logId }, mock) => {
  const { token, card } = body as CardUpdate;
  const held = mock.cardTokens.use(token);
  if ('problem' in held) return mock.fail(held.problem === 'format' ? 'cardTokenFormatInvalid' : held.problem === 'expired' ? 'cardTokenExpired' : 'cardTokenUsedUp', logId);
  const appId = botAppId(mock);
  const entry = mock.messages.get(held.messageId);
  if (!entry) return mock.fail('cardTokenExpired', logId, {}, 'the card is no longer held');
  if (held.appId !== appId || entry.sender !== `app:${appId}`) return mock.fail('cardOfAnotherApp', logId);
  if (entry.recalled) return mock.fail('cardRecalled', logId);
  const { open_ids: openIds, ...rest } = card;
  if (rest.type !== 'template') {
    const check = validate('card', rest);
    if (!check.valid) return mock.fail('cardFormatInvalid', logId, { field_violations: check.errors.slice(0, 10).map((e) => ({ field: `card${e.path}`, description: e.message })) });
  }
  // A 1.0 exclusive card (update_multi false or absent) updates per user: open_ids are required.
  if (rest.schema !== '2.0' && isSharedCard(rest) !== true && (!openIds || openIds.length === 0)) return mock.fail('cardOpenIdsMissing', logId);
  const content = JSON.stringify(rest);
  const resources = resourceProblem('interactive', content, appId, mock.uploads, logId, mock);
  if (resources) return resources;
  // Before the callback's answer the platform reverts the update: accepted, not applied.
  if (held.answered) mock.messages.updateCard(entry, content, mock.now());
  return { status: 200, body: { code: 0, msg: 'ok' } };
};

/** A body that breaks the contract: a token not `c-…` 300020, a card over 30 KB 100000, else 10002 naming the field. */
updateCardByToken.invalidBody = (errors, _body, logId, mock) => {
  if (errors.some((e) => e.path === '/token' && e.keyword === 'pattern')) return mock.fail('cardTokenFormatInvalid', logId);
  if (errors.some((e) => e.path === '/card' && e.keyword === 'x-maxSerializedBytes')) return mock.fail('cardTooLarge', logId, {}, 'the serialized card is over 30 KB');
  return mock.fail('cardParameterInvalid', logId, { field_violations: errors.map((e) => ({ field: e.path.split('/')[1] ?? '', description: e.message })) });
};

updateCardByToken.notJson = (logId, mock) => mock.fail('bodyNotJson', logId);
