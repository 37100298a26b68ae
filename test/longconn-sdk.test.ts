// The official Node SDK's WSClient, pointed at the mock with its `domain` option, connects over the
// mock's long connection, receives an im.message.receive_v1 the mock pushes and acknowledges it:
// the proof that the mock's endpoint, frames and ACK handling are the platform's wire format.
import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockFeishu } from '../src/mock/index.js';
import { messageEnvelope } from './helpers/longconn.js';

// node-sdk's WSClient refuses an app id that is not cli_ + 16 hex digits (the demo app's is not).
const app = { appId: 'cli_a1b2c3d4e5f60789', appSecret: 'sdk-interop-secret-not-real' };
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, trace: () => undefined };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('official SDK WSClient against the mock long connection', () => {
  for (const split of [false, true]) {
    it(`connects, receives an im.message.receive_v1${split ? ' split into parts' : ''} and its ACK is recorded`, async () => {
      // A generous ACK timeout: this test proves the wire format, and a busy machine must not turn into a redelivery.
      const mock = createMockFeishu({ app, longConnection: { ackTimeoutMs: 20_000, ...(split ? { maxFramePayloadBytes: 64 } : {}) } });
      const server = await mock.listen(0);
      cleanups.push(() => server.close());
      const received: unknown[] = [];
      // onReady fires once the SDK listens for frames (it attaches its listener only after the socket opened).
      let ready!: () => void;
      const isReady = new Promise<void>((resolve) => {
        ready = resolve;
      });
      const client = new lark.WSClient({ appId: app.appId, appSecret: app.appSecret, domain: server.url, logger: quiet, loggerLevel: lark.LoggerLevel.error, onReady: () => ready() });
      cleanups.push(() => client.close({ force: true }));
      await client.start({
        eventDispatcher: new lark.EventDispatcher({ logger: quiet, loggerLevel: lark.LoggerLevel.error }).register({
          'im.message.receive_v1': async (data) => {
            received.push(data);
          },
        }),
      });
      await isReady;
      expect(mock.longConnection.hasConnection()).toBe(true);
      const envelope = messageEnvelope('from the mock to the official SDK', app.appId);
      const result = await mock.longConnection.deliver(JSON.stringify(envelope), 'event');
      expect(result).toEqual({ status: 200, body: '' });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ message: envelope.event.message, event_type: 'im.message.receive_v1' });
      const [ack] = mock.longConnection.acks;
      expect(ack).toMatchObject({ code: 200, type: 'event', attempt: 0 });
      // The SDK's biz_rt is startTime - endTime (erratum bizRtNegative): recorded as sent, never positive.
      expect(Number(ack!.bizRt)).toBeLessThanOrEqual(0);
    });
  }

  it('a card click over a `card` frame gets no ACK from the SDK (it dispatches only `event`): the mock times out, as users saw (200340)', async () => {
    const mock = createMockFeishu({ app, longConnection: { cardFrameType: 'card', ackTimeoutMs: 200, redeliveries: 1 } });
    const server = await mock.listen(0);
    cleanups.push(() => server.close());
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const client = new lark.WSClient({ appId: app.appId, appSecret: app.appSecret, domain: server.url, logger: quiet, loggerLevel: lark.LoggerLevel.error, onReady: () => ready() });
    cleanups.push(() => client.close({ force: true }));
    await client.start({ eventDispatcher: new lark.EventDispatcher({ logger: quiet, loggerLevel: lark.LoggerLevel.error }).register({}) });
    await isReady;
    const click = { schema: '2.0', header: { event_id: 'ev_sdk_card', event_type: 'card.action.trigger', create_time: '1', token: 't', app_id: app.appId, tenant_key: 'tk' }, event: { operator: { open_id: 'ou_x' }, action: { tag: 'button', value: {} } } };
    expect(await mock.longConnection.deliver(JSON.stringify(click), 'card')).toEqual({ timeout: true });
    expect(mock.longConnection.acks).toEqual([]);
  });
});
