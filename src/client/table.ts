// TEMPORARY adapter until generated/operations.js (issue 14.1) lands on main: derives the fields
// of the operation table the client reads from generated/contract-index.js. Replaced at merge by
// a re-export of the generated table.
import { operations as index, schemaIds } from '../../generated/contract-index.js';
import { FeishuError } from '../errors.js';

/** The facts of one operation the client reads (a subset of the generated operation table). */
export interface OperationInfo {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  schemas: { path?: string; query?: string; body?: string; response: string };
  pagination?: { itemsKey: string; pageTokenParam: string; pageSizeParam: string; in: 'query' };
  tokenTypes: ('tenant' | 'user')[];
  idempotent: boolean;
}

const known = (id: string) => (Object.prototype.hasOwnProperty.call(schemaIds, id) ? id : undefined);
const table: Record<string, OperationInfo> = Object.fromEntries(
  Object.entries(index).map(([operationId, op]) => {
    const query = known(`${operationId}.query`);
    const info: OperationInfo = {
      operationId,
      method: op.method as OperationInfo['method'],
      path: op.path,
      pathParams: [...op.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!),
      schemas: { query, body: known(`${operationId}.body`), response: `${operationId}.response` },
      pagination: query ? { itemsKey: 'items', pageTokenParam: 'page_token', pageSizeParam: 'page_size', in: 'query' } : undefined,
      tokenTypes: op.path.includes('tenant_access_token') ? [] : ['tenant', 'user'],
      idempotent: op.method === 'GET',
    };
    return [operationId, info];
  }),
);

/** Every operation of the contract, by operationId. */
export const operations: Readonly<Record<string, OperationInfo>> = table;

/** The table entry of `operationId`, or a FeishuError naming the known ones. */
export function operationOf(operationId: string): OperationInfo {
  const op = Object.prototype.hasOwnProperty.call(operations, operationId) ? operations[operationId] : undefined;
  if (!op) throw new FeishuError(`Unknown operation ${JSON.stringify(operationId)}; known: ${Object.keys(operations).join(', ')}`);
  return op;
}
