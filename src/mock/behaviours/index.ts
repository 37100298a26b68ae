// The behaviour registry: operations whose fake must do more than answer the spec's 200 example.
// Every other operation of the spec is served from its example, with the same routing and checks.
import type { Behaviour } from './context.js';
import { getTenantAccessToken } from './getTenantAccessToken.js';
import { listChats } from './listChats.js';
import { searchChats } from './searchChats.js';

/** Behaviours by operationId. */
export const behaviours: Readonly<Record<string, Behaviour>> = { listChats, searchChats, getTenantAccessToken };

export type { Behaviour, BehaviourRequest, Caller, MockAnswer, MockRuntime } from './context.js';
