// Redocly plugin: the contract's conventions that configurable rules cannot express,
// because they must follow $refs from an operation into its parameters and bodies.
const LIST_OPERATION = /^(list|search)[A-Z]/;

// A followed $ref may point into another file, whose own $refs are relative to that file:
// keep each node's source beside it.
function follow(node, from, ctx) {
  if (node === undefined) return undefined;
  if (typeof node.$ref !== 'string') return { node, from }; // inline: same file as its parent
  const { node: resolved, location } = ctx.resolve(node, from);
  return resolved === undefined ? undefined : { node: resolved, from: location?.source.absoluteRef ?? from };
}

function jsonSchemaOf(response, ctx) {
  const res = follow(response, ctx.location.source.absoluteRef, ctx);
  const media = res?.node?.content?.['application/json'];
  return media?.schema ? follow(media.schema, res.from, ctx) : undefined;
}

function propertyOf(schema, name, ctx) {
  return follow(schema?.node?.properties?.[name], schema?.from, ctx);
}

/** Every list/search operation pages with page_size and page_token, and says where the next token is. */
function listOperationsPaginate() {
  return {
    Operation(operation, ctx) {
      if (!LIST_OPERATION.test(operation.operationId ?? '')) return;
      const names = (operation.parameters ?? []).map((p) => ctx.resolve(p).node?.name);
      for (const required of ['page_size', 'page_token']) {
        if (!names.includes(required)) {
          ctx.report({ message: `List operation ${operation.operationId} must accept the \`${required}\` query parameter.`, location: ctx.location.child('parameters') });
        }
      }
      const body = jsonSchemaOf(operation.responses?.['200'], ctx);
      const data = propertyOf(body, 'data', ctx);
      for (const field of ['items', 'has_more', 'page_token']) {
        if (!propertyOf(data, field, ctx)) {
          ctx.report({ message: `List operation ${operation.operationId} must answer data.${field}.`, location: ctx.location.child(['responses', '200']) });
        }
      }
    },
  };
}

/** Every 200 body is the Feishu envelope: code (const 0 on success) and msg, both required. */
function successBodyIsEnvelope() {
  return {
    Operation(operation, ctx) {
      const body = jsonSchemaOf(operation.responses?.['200'], ctx);
      const where = ctx.location.child(['responses', '200']);
      if (!body) return ctx.report({ message: `${operation.operationId}: the 200 answer must have an application/json body.`, location: where });
      const code = propertyOf(body, 'code', ctx);
      if (code?.node.const !== 0) ctx.report({ message: `${operation.operationId}: the 200 body must declare \`code\` with const 0.`, location: where });
      if (!propertyOf(body, 'msg', ctx)) ctx.report({ message: `${operation.operationId}: the 200 body must declare \`msg\`.`, location: where });
      for (const name of ['code', 'msg']) {
        if (!(body.node.required ?? []).includes(name)) ctx.report({ message: `${operation.operationId}: the 200 body must require \`${name}\`.`, location: where });
      }
    },
  };
}

/** Every non-2xx and default answer is the error envelope (code != 0, msg). */
function errorsUseErrorEnvelope() {
  return {
    Operation(operation, ctx) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (/^2/.test(status)) continue;
        const body = jsonSchemaOf(response, ctx);
        const code = propertyOf(body, 'code', ctx);
        if (code?.node.not?.const !== 0 || !(body?.node.required ?? []).includes('code')) {
          ctx.report({ message: `${operation.operationId}: the ${status} answer must be the error envelope (required \`code\`, not 0).`, location: ctx.location.child(['responses', status]) });
        }
      }
    },
  };
}

export default function feishuConventions() {
  return {
    id: 'feishu',
    rules: {
      oas3: {
        'list-operations-paginate': listOperationsPaginate,
        'success-body-is-envelope': successBodyIsEnvelope,
        'errors-use-error-envelope': errorsUseErrorEnvelope,
      },
    },
  };
}
