// The long-connection contract as data, read from spec/longconn/ (protocol.yaml, pbbp2.proto) and the
// endpoint operation of the bundled spec. scripts/generate-longconn.js writes it to generated/longconn.js;
// the docs render its pages from it.
import fs from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import { parse } from 'yaml';
import { operationTable, readJson } from './contract.js';
import { bundledSpec, root } from './paths.js';

export const longconnDir = path.join(root, 'spec/longconn');

/** `{ protocol, protoText, pbbp2 (descriptor JSON), frameFields, endpoint }`, with the facts code relies on checked. */
export function loadLongConnection({ dir = longconnDir, openapi = readJson(bundledSpec) } = {}) {
  const protocol = parse(fs.readFileSync(path.join(dir, 'protocol.yaml'), 'utf8'));
  const protoText = fs.readFileSync(path.join(dir, protocol.frame.proto), 'utf8');
  const { root: pb } = protobuf.parse(protoText, { keepCase: true, alternateCommentMode: true });
  const frame = pb.lookupType(protocol.frame.message);
  for (const [name, id] of [['SeqID', 1], ['LogID', 2], ['service', 3], ['method', 4], ['headers', 5], ['payload', 8]]) {
    if (frame.fields[name]?.id !== id) throw new Error(`${protocol.frame.proto}: Frame.${name} must be field ${id}`);
  }
  for (const [type, facts] of Object.entries(protocol.messageTypes)) {
    if (!(facts.method in protocol.methods)) throw new Error(`protocol.yaml: messageTypes.${type}.method ${facts.method} is not a method`);
  }
  for (const e of protocol.errata) for (const key of ['id', 'where', 'doc', 'decision', 'evidence']) if (typeof e[key] !== 'string') throw new Error(`protocol.yaml: an erratum needs ${key}`);
  const operation = operationTable(openapi)[protocol.endpoint.operationId];
  if (!operation) throw new Error(`protocol.yaml: endpoint.operationId ${protocol.endpoint.operationId} is no operation of spec/`);
  const frameFields = Object.values(frame.fields).map((f) => ({ name: f.name, id: f.id, type: f.type, rule: f.rule ?? (f.required ? 'required' : f.repeated ? 'repeated' : 'optional'), comment: f.comment ?? '' }));
  return {
    protocol,
    protoText,
    pbbp2: pb.toJSON(),
    frameFields,
    endpoint: { operationId: operation.operationId, method: operation.method, path: operation.path, errorCodes: operation.errorCodes },
  };
}
