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
import { addChatMembers } from './addChatMembers.js';
import { createChat } from './createChat.js';
import { getMessage } from './getMessage.js';
import { listMessages } from './listMessages.js';
import { patchMessage } from './patchMessage.js';
import { createReaction, deleteReaction, listReactions } from './reactions.js';
import { replyMessage } from './replyMessage.js';
import { updateCardByToken } from './updateCardByToken.js';
import { uploadFile, uploadImage } from './uploads.js';

/** Behaviours by operationId. */
export const behaviours: Readonly<Record<string, Behaviour>> = {
  listChats, searchChats, getTenantAccessToken, getChat, listChatMembers, isInChat, createMessage, searchChatsV2,
  // The message lifecycle and chat management (issue 24).
  replyMessage, patchMessage, updateCardByToken, uploadImage, uploadFile, listMessages, getMessage,
  createReaction, listReactions, deleteReaction, createChat, addChatMembers,
  getLongConnectionEndpoint,
};

export type { Behaviour, BehaviourRequest, Caller, MockAnswer, MockRuntime } from './context.js';
export type { MockMessage } from './message-store.js';
