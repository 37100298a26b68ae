// The type of every schema id is generated from the contract (generated/schema-types.d.ts), so the
// list cannot drift from the validators: both come from scripts/lib/contract.js's schemaIdRefs.
export type { SchemaId, SchemaTypes } from '../../generated/schema-types.js';
