// Card JSON (schemas/card/) beyond the fixtures: every official CLI example in the fixtures is
// accepted by `card` too; broken cards are refused where a card travels (the fake tt answers −4);
// the messages come from the schemas' x-platformError; hostile nesting cannot crash a validator.
import { describe, expect, it } from 'vitest';
import { createFakeTt, demoDataset } from '../src/mock/index.js';
import { validate } from '../src/validators/index.js';
import { loadFixtures } from './helpers/contract.js';

const fixtures = loadFixtures();
const dataset = demoDataset();
const me = dataset.users[0]!.openId;
const chat = dataset.chats.find((c) => c.mode !== 'p2p' && c.status === 'normal' && c.members.includes(me))!;

function send(card: unknown) {
  const tt = createFakeTt({ dataset });
  return new Promise<{ outcome: string; res: any }>((resolve) => {
    tt.sendMessageCard({
      openChatIDs: [chat.chatId],
      cardContent: { msg_type: 'interactive', card },
      success: (res: unknown) => resolve({ outcome: 'success', res }),
      fail: (res: unknown) => resolve({ outcome: 'fail', res }),
    } as never);
  });
}

describe('card schemas', () => {
  it('the schema decides the version: every v1 and v2 valid fixture is a valid `card`', () => {
    for (const id of ['card.v1', 'card.v2']) {
      for (const c of fixtures.get(id)!.valid) expect(validate('card', c.data), `${id} / ${c.name}`).toEqual({ valid: true });
    }
  });

  it('a v2 card is not a v1 card and the other way round', () => {
    const v2 = fixtures.get('card.v2')!.valid[0]!.data;
    expect(validate('card.v1', v2).valid).toBe(false);
    expect(validate('card.v2', { elements: [] }).valid).toBe(false);
  });

  it('names the platform error in the message and as data', () => {
    const result = validate('card', { schema: '2.0', body: { elements: [{ tag: 'note', elements: [] }] } });
    expect(result).toEqual({
      valid: false,
      errors: [{
        path: '/body/elements/0/tag',
        keyword: 'discriminator',
        message: 'body.elements[0].tag: 200861: unsupported tag "note" in a 2.0 card (cards of schema V2 no longer support action and note)',
        platformError: { code: 200861, rule: 'v2-tag-catalogue' },
      }],
    });
  });

  it('marks codes the platform documents only generically as inferred', () => {
    const result = validate('card.v2', { schema: '2.0', body: { elements: [{ tag: 'column', elements: [] }] } });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors[0]).toMatchObject({ platformError: { code: 200621, rule: 'column-placement', inferred: true } });
    expect(result.errors[0]!.message).toContain('200621 (inferred)');
  });

  it('summarizes each validation anew: a card changed in place between two validations is judged as it is now', () => {
    const card: any = { schema: '2.0', body: { elements: [{ tag: 'hr', element_id: 'a' }, { tag: 'hr', element_id: 'b' }] } };
    expect(validate('card', card)).toEqual({ valid: true });
    card.body.elements[1].element_id = 'a';
    expect(validate('card', card)).toMatchObject({ valid: false, errors: [{ path: '/body/elements/1/element_id', platformError: { code: 300301 } }] });
    card.body.elements[1].element_id = 'b';
    expect(validate('card', card)).toEqual({ valid: true });
  });

  it('a deeply nested hostile card is refused, not a crash', () => {
    let node: any = { tag: 'markdown', content: 'x' };
    for (let i = 0; i < 20_000; i++) node = { tag: 'interactive_container', elements: [node] };
    const result = validate('card', { schema: '2.0', body: { elements: [node] } });
    expect(result.valid).toBe(false);
  });
});

describe('where a card travels', () => {
  it('the fake tt sends a valid card', async () => {
    const { outcome } = await send(fixtures.get('card.v2')!.valid[0]!.data);
    expect(outcome).toBe('success');
  });

  it('the fake tt refuses a bad card with errCode −4 (sendMessageCard.input x-errCodes), naming the platform error', async () => {
    const { outcome, res } = await send({ schema: '2.0', body: { elements: [{ tag: 'action', actions: [] }] } });
    expect(outcome).toBe('fail');
    expect(res.errCode).toBe(-4);
    expect(res.errMsg).toContain('200861');
  });
});
