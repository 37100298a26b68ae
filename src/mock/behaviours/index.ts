// The behaviour registry: operations whose fake must do more than answer the spec's 200 example.
// Every other operation of the spec is served from its example, with the same routing and checks.
import type { Behaviour } from './context.js';
import { createMessage } from './createMessage.js';
import { getChat } from './getChat.js';
import { getLongConnectionEndpoint } from './getLongConnectionEndpoint.js';
import { getTenantAccessToken } from './getTenantAccessToken.js';
import { isInChat } from './isInChat.js';
import { listChatMembers } from './listChatMembers.js';
import { listChats } from './listChats.js';
import { searchChats } from './searchChats.js';
import { searchChatsV2 } from './searchChatsV2.js';

/** Behaviours by operationId. */
export const behaviours: Readonly<Record<string, Behaviour>> = {
  listChats, searchChats, getTenantAccessToken, getChat, listChatMembers, isInChat, createMessage, searchChatsV2,
  getLongConnectionEndpoint,
};

export type { Behaviour, BehaviourRequest, Caller, MockAnswer, MockRuntime } from './context.js';
export type { MockMessage } from './message-store.js';
