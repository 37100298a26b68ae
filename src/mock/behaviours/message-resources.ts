// The upload keys a message names (send, reply, PATCH, the delayed update), checked against what
// uploadImage and uploadFile stored: a key another app (or nobody) uploaded is 230017 in an image or
// file message, a file sent as the wrong message type 230055, and an unknown img_key in a card 230099
// with the card sub-code 200570 (invalid image keys).
import { errorCodes, subCodeOf } from '../../contract-facts.js';
import type { UploadStore } from '../uploads.js';
import type { MockAnswer, MockRuntime } from './context.js';

/** Which message type carries a file of each file_type (DH-FILE; 230055 otherwise). */
const MESSAGE_TYPE_OF_FILE: Readonly<Record<string, string>> = { opus: 'audio', mp4: 'media' };
/** The card sub-code for an image key the platform does not know (DOC-MSGCREATE's 230099 table). */
const invalidImageKeys = subCodeOf('cardContentInvalid', 'invalidImageKeys');
export const INVALID_IMAGE_KEY = { subCode: invalidImageKeys.code, reason: invalidImageKeys.msg } as const;
/** Nesting the walk follows at most (cards are checked for depth by their own contract first). */
const MAX_WALK = 100_000;

/** Every value of `key` anywhere in `value`, walked without recursion (a deep card cannot overflow the stack). */
function valuesOf(value: unknown, key: string): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length > 0 && seen < MAX_WALK; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === key && typeof v === 'string') out.push(v);
        else if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return out;
}

/**
 * The refusal a message's content earns for the keys it names, if any. `owner` is who must have
 * uploaded them: the sending app's id, or the sending user's open_id.
 */
export function resourceProblem(msgType: string, content: string, owner: string, uploads: UploadStore, logId: string, mock: Pick<MockRuntime, 'fail'>): MockAnswer | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return undefined; // the content's own contract has answered this already
  }
  const owned = (key: string, kind: 'image' | 'file') => {
    const upload = uploads.get(key);
    return upload && upload.kind === kind && upload.owner === owner ? upload : undefined;
  };
  if (msgType === 'interactive') {
    const unknown = valuesOf(parsed, 'img_key').find((key) => !owned(key, 'image'));
    if (unknown === undefined) return undefined;
    const info = errorCodes.cardContentInvalid;
    return { status: info.httpStatus, body: { code: info.code, msg: `${(info.msg ?? info.meaning).replace(/\.$/, '')}, ext=ErrCode: ${INVALID_IMAGE_KEY.subCode}; ErrMsg: ${INVALID_IMAGE_KEY.reason}: ${unknown.slice(0, 80)}`, error: { log_id: logId } } };
  }
  const images = valuesOf(parsed, 'image_key');
  const files = valuesOf(parsed, 'file_key');
  const badImage = images.find((key) => !owned(key, 'image'));
  if (badImage !== undefined) return mock.fail('resourceNotOwnedByBot', logId, {}, `image_key ${badImage.slice(0, 80)} was not uploaded by this sender`);
  for (const key of files) {
    const upload = owned(key, 'file');
    if (!upload) return mock.fail('resourceNotOwnedByBot', logId, {}, `file_key ${key.slice(0, 80)} was not uploaded by this sender`);
    const carrier = MESSAGE_TYPE_OF_FILE[upload.type] ?? 'file';
    // A post's media node carries a video too; other message types must match the file's type.
    if (msgType !== 'post' && carrier !== msgType) return mock.fail('fileTypeMismatch', logId, {}, `a ${upload.type} file is sent as a ${carrier} message`);
  }
  return undefined;
}
