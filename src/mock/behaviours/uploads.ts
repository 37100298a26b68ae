// uploadImage and uploadFile: a multipart form, read as it streams in (src/mock/multipart.ts), its
// binary part checked against the table's limits — empty 234010, over the size 234006 (refused while
// streaming), an unknown image format 234011, an image too large in pixels 234039 — and stored under
// a key that messages and cards may then name (UploadStore, bounded).
import type { MultipartPart } from '../../../generated/operations.js';
import { imageFormatOf, imageSize } from '../../image-formats.js';
import type { FormProblem } from '../multipart.js';
import { botAppId } from './actors.js';
import type { Behaviour, BehaviourRequest, InvalidBody, MockAnswer, MockRuntime } from './context.js';

type BinaryPart = Extract<MultipartPart, { kind: 'binary' }>;

function binaryPart(request: BehaviourRequest, name: string): BinaryPart {
  return request.operation.body!.parts!.find((p): p is BinaryPart => p.kind === 'binary' && p.name === name)!;
}

function owner(request: BehaviourRequest, mock: MockRuntime): string {
  return request.caller?.kind === 'user' ? request.caller.openId : botAppId(mock);
}

const formProblem = (problem: FormProblem, logId: string, mock: MockRuntime): MockAnswer =>
  problem.problem === 'tooLarge'
    ? mock.fail('uploadTooLarge', logId, {}, `${problem.part} is larger than ${problem.maxBytes} bytes`)
    : mock.fail('uploadInvalidParameter', logId, { field_violations: [{ field: 'body', description: problem.detail }] });

const invalidBody: InvalidBody = (errors, _body, logId, mock) =>
  mock.fail('uploadInvalidParameter', logId, { field_violations: errors.map((e) => ({ field: e.path.split('/')[1] ?? '', description: e.message })) });

export const uploadImage: Behaviour = (request, mock) => {
  const { body, form, logId } = request;
  const part = binaryPart(request, 'image');
  const file = form!.files.image!;
  if (file.size < (part.minBytes ?? 1)) return mock.fail('uploadEmpty', logId);
  const format = imageFormatOf(file.head, part.formats ?? []);
  if (!format) return mock.fail('imageFormatUnknown', logId);
  const imageType = (body as { image_type: string }).image_type;
  const size = imageSize(format, file.head);
  const limits = part.maxDimensions ?? {};
  const max = limits[imageType] ?? limits[format] ?? limits.default;
  if (size && max !== undefined && (size.width > max || size.height > max)) return mock.fail('imageResolutionTooLarge', logId, {}, `${size.width}×${size.height} is over ${max}×${max}`);
  const stored = mock.uploads.put({ kind: 'image', owner: owner(request, mock), type: imageType, size: file.size, chunks: file.chunks });
  return { status: 200, body: { code: 0, msg: 'success', data: { image_key: stored.key } } };
};
uploadImage.formProblem = formProblem;
uploadImage.invalidBody = invalidBody;

export const uploadFile: Behaviour = (request, mock) => {
  const { body, form, logId } = request;
  const part = binaryPart(request, 'file');
  const file = form!.files.file!;
  if (file.size < (part.minBytes ?? 1)) return mock.fail('uploadEmpty', logId);
  const { file_type: fileType, file_name: fileName } = body as { file_type: string; file_name: string };
  const stored = mock.uploads.put({ kind: 'file', owner: owner(request, mock), type: fileType, fileName, size: file.size, chunks: file.chunks });
  return { status: 200, body: { code: 0, msg: 'success', data: { file_key: stored.key } } };
};
uploadFile.formProblem = formProblem;
uploadFile.invalidBody = invalidBody;
