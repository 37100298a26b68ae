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

/** The branches of a body schema: its oneOf members (a 200 may be success or error), else itself. */
function branchesOf(body, ctx) {
  if (!Array.isArray(body?.node?.oneOf)) return body ? [body] : [];
  return body.node.oneOf.map((branch) => follow(branch, body.from, ctx)).filter(Boolean);
}

const isSuccessEnvelope = (schema, ctx) => propertyOf(schema, 'code', ctx)?.node.const === 0;
const isErrorEnvelope = (schema, ctx) => propertyOf(schema, 'code', ctx)?.node.not?.const === 0 && (schema?.node.required ?? []).includes('code');

/** The success branch of a 200 body. */
function successOf(response, ctx) {
  return branchesOf(jsonSchemaOf(response, ctx), ctx).find((branch) => isSuccessEnvelope(branch, ctx));
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
      const data = propertyOf(successOf(operation.responses?.['200'], ctx), 'data', ctx);
      for (const field of ['items', 'has_more', 'page_token']) {
        if (!propertyOf(data, field, ctx)) {
          ctx.report({ message: `List operation ${operation.operationId} must answer data.${field}.`, location: ctx.location.child(['responses', '200']) });
        }
      }
    },
  };
}

/**
 * Every 200 body is `oneOf` [the success envelope, the error envelope]: the platform answers some
 * failures with HTTP 200, so a 200 is told apart by `code` (const 0 on success), and `code` and `msg`
 * are required in the success envelope.
 */
function successBodyIsEnvelope() {
  return {
    Operation(operation, ctx) {
      const body = jsonSchemaOf(operation.responses?.['200'], ctx);
      const where = ctx.location.child(['responses', '200']);
      if (!body) return ctx.report({ message: `${operation.operationId}: the 200 answer must have an application/json body.`, location: where });
      const branches = branchesOf(body, ctx);
      const success = branches.filter((b) => isSuccessEnvelope(b, ctx));
      if (!Array.isArray(body.node.oneOf) || branches.length !== 2 || success.length !== 1 || !branches.some((b) => isErrorEnvelope(b, ctx))) {
        return ctx.report({ message: `${operation.operationId}: the 200 body must be oneOf [a success envelope with \`code\` const 0, the error envelope] (errors arrive with HTTP 200 too).`, location: where });
      }
      if (!propertyOf(success[0], 'msg', ctx)) ctx.report({ message: `${operation.operationId}: the 200 success body must declare \`msg\`.`, location: where });
      for (const name of ['code', 'msg']) {
        if (!(success[0].node.required ?? []).includes(name)) ctx.report({ message: `${operation.operationId}: the 200 success body must require \`${name}\`.`, location: where });
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
        if (!isErrorEnvelope(jsonSchemaOf(response, ctx), ctx)) {
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
