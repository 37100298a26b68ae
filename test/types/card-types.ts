// Compile-only test (checked by `npm run typecheck`): card JSON written in TypeScript is checked as
// it is typed. The types come from schemas/card/ (generated/card.d.ts) through the public entries.
import type { Card, CardV1, CardV2, CardButton, CardElementV2 } from '../../src/index.js';
import type { SendMessageCardParams, Card as JsapiCard } from '../../src/jsapi/index.js';

const v2: CardV2 = {
  schema: '2.0',
  config: { update_multi: true },
  header: { template: 'blue', title: { tag: 'plain_text', content: 'Deploy' } },
  body: {
    elements: [
      { tag: 'markdown', content: '**Ready**', element_id: 'intro' },
      { tag: 'column_set', columns: [{ tag: 'column', width: 'weighted', weight: 1, elements: [{ tag: 'img', img_key: 'img_v2_x' }] }] },
      { tag: 'button', type: 'primary', text: { tag: 'plain_text', content: 'Go' }, behaviors: [{ type: 'callback', value: { ok: true } }] },
    ],
  },
};
const v1: CardV1 = { elements: [{ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'OK' } }] }] };
const either: Card[] = [v1, v2];
const sameType: JsapiCard = v2;
const params: SendMessageCardParams = { openChatIDs: ['oc_1'], cardContent: { msg_type: 'interactive', card: v1 } };
void either; void sameType; void params;

// @ts-expect-error: misspelt component property (`conten` for `content`).
const typo: CardElementV2 = { tag: 'markdown', conten: 'x' };
// @ts-expect-error: misspelt root key of a 2.0 card (`bdy`).
const rootTypo: Card = { schema: '2.0', bdy: { elements: [] } };
// @ts-expect-error: a 1.0 root (`elements`) is not a 2.0 card, and "2.0" is not a 1.0 card's schema.
const mixed: Card = { schema: '2.0', elements: [] };
// @ts-expect-error: button type is a closed enum.
const badType: CardButton = { tag: 'button', type: 'huge' };
// @ts-expect-error: markdown requires content.
const noContent: CardElementV2 = { tag: 'markdown' };
void typo; void rootTypo; void mixed; void badType; void noContent;
