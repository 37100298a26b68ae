// Compile-only test (checked by `npm run typecheck`): where the REST and JSAPI generators describe
// the same object, their types must be identical. A mismatch is a type error here.
import type { components } from '../../generated/openapi.js';
import type * as Jsapi from '../../generated/jsapi.js';
import type { SchemaTypes } from '../../src/validators/index.js';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

// schemas/common/OpenChatId.json is shared: openapi-typescript and json-schema-to-typescript agree.
assertType<Equals<components['schemas']['OpenChatId'], Jsapi.OpenChatId>>();
assertType<Equals<NonNullable<components['schemas']['ListChat']['chat_id']>, Jsapi.OpenChatId>>();
assertType<Equals<Jsapi.ChosenChat['id'], components['schemas']['OpenChatId']>>();

// Enums written once in the contract surface as literal unions on both sides.
assertType<Equals<NonNullable<components['schemas']['ListChat']['chat_status']>, 'normal' | 'dissolved' | 'dissolved_save'>>();
assertType<Equals<Jsapi.ChosenChat['chatType'], 0 | 1>>();
// `types` in either form: an array of the enum, or the wire's comma-separated string (issue 13.3).
assertType<Equals<NonNullable<SchemaTypes['listChats.query']['types']>, ('group' | 'p2p')[] | 'group' | 'p2p' | 'group,p2p' | 'p2p,group'>>();
assertType<Equals<NonNullable<Jsapi.SendMessageCardFail['errCode']>, -1 | -2 | -3 | -4 | -5 | -6 | -7 | -8 | -9 | -10 | 42406>>();
// @ts-expect-error: the doc types openChatId as number; the contract says string (erratum).
assertType<Equals<Jsapi.SendCardInfo["openChatId"], number>>();
