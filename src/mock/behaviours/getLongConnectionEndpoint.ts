// getLongConnectionEndpoint: app credentials → a WebSocket URL of the mock's long connection and the
// ClientConfig; the documented codes for empty or wrong credentials and for the connection limit. A body
// that is not the credentials object gets the endpoint's own invalid-parameter code from the spec
// (x-invalid-parameter on 1000040344), through the mock's generic body check.
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
