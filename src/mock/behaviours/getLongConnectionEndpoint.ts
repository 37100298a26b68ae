// getLongConnectionEndpoint: app credentials → a WebSocket URL of the mock's long connection and the
// ClientConfig; the documented codes for empty or wrong credentials and for the connection limit.
import type { Behaviour } from './context.js';

export const getLongConnectionEndpoint: Behaviour = ({ body, logId }, mock) => {
  const { AppID, AppSecret } = body as { AppID: string; AppSecret: string };
  // Every answer is HTTP 200 with the operation's documented code (x-error-codes).
  if (!AppID || !AppSecret) return mock.fail('longConnectionNoCredential', logId);
  if (AppID !== mock.app.appId || AppSecret !== mock.app.appSecret) return mock.fail('longConnectionCredentialsInvalid', logId);
  const issued = mock.longConnection.issue();
  if (issued === 'limit') return mock.fail('longConnectionLimitExceeded', logId);
  return { status: 200, body: { code: 0, msg: 'ok', data: issued } };
};

// A body without AppID or AppSecret is the empty-credential error, as the SDKs see it, not a generic invalid parameter.
getLongConnectionEndpoint.invalidBody = (errors, _body, logId, mock) => {
  const missing = errors.some((e) => /AppID|AppSecret/.test(`${e.path} ${e.message}`));
  return missing ? mock.fail('longConnectionNoCredential', logId) : mock.invalidParameter(errors.map((e) => ({ field: e.path.split('/')[1] || 'body', description: e.message })), logId);
};
