// Who a caller is to the message store: the app's bot (`app:cli_…`) or a user (`user:ou_…`), and how
// a message names its sender — one rule for send, reply, PATCH, the delayed update and reactions.
import type { MockDataset } from '../data.js';
import { memberIdOf } from './chat-item.js';
import type { Caller, MockRuntime } from './context.js';
import type { ActorKey, MockMessage } from './message-store.js';

/** The app id of the mock's bot (the dataset's bot user, else the app's credentials). */
export function botAppId(mock: Pick<MockRuntime, 'app' | 'dataset'>): string {
  return mock.dataset.users.find((u) => u.isBot)?.appId ?? mock.app.appId;
}

export function actorOf(caller: Caller, mock: Pick<MockRuntime, 'app' | 'dataset'>): ActorKey {
  return caller.kind === 'bot' ? `app:${botAppId(mock)}` : `user:${caller.openId}`;
}

/** The member id (open_id) of a caller, as chats list their members. */
export function memberOf(caller: Caller, dataset: MockDataset): string {
  return memberIdOf(caller, dataset);
}

/** The `sender` a message the caller sends carries. */
export function senderOf(caller: Caller, mock: Pick<MockRuntime, 'app' | 'dataset'>): MockMessage['sender'] {
  return caller.kind === 'bot'
    ? { id: botAppId(mock), id_type: 'app_id', sender_type: 'app', tenant_key: mock.dataset.tenantKey }
    : { id: caller.openId, id_type: 'open_id', sender_type: 'user', tenant_key: mock.dataset.tenantKey };
}
