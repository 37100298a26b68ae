// TEMPORARY types until generated/operations.d.ts (issue 14.1) lands on main with `Endpoints`;
// replaced at merge by a re-export of the generated ones.
import type { SchemaTypes } from '../validators/index.js';

type ChatPage = SchemaTypes['listChats.response']['data'];

/** Per operationId: the types of its inputs and of its success answer. */
export interface Endpoints {
  listChats: { pathParams: Record<string, never>; query: SchemaTypes['listChats.query']; body: never; response: SchemaTypes['listChats.response']; data: ChatPage; item: ChatPage['items'][number] };
  searchChats: { pathParams: Record<string, never>; query: SchemaTypes['searchChats.query']; body: never; response: SchemaTypes['searchChats.response']; data: SchemaTypes['searchChats.response']['data']; item: ChatPage['items'][number] };
  getTenantAccessToken: { pathParams: Record<string, never>; query: never; body: SchemaTypes['getTenantAccessToken.body']; response: SchemaTypes['getTenantAccessToken.response']; data: SchemaTypes['getTenantAccessToken.response']; item: never };
}
