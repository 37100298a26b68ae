// Image formats recognised by their first bytes (magic numbers): the contract lists the accepted
// formats (x-formats on uploadImage's binary part); this file knows what each looks like, for the
// client (refusing before sending) and the mock (234011), and the dimensions of the two whose header
// gives them plainly (PNG, GIF) for 234039. Web-standard: no Buffer, no node: import.

type Signature = (head: Uint8Array) => boolean;
const starts = (...bytes: number[]): Signature => (head) => bytes.every((b, i) => head[i] === b);
const ascii = (head: Uint8Array, at: number, text: string) => [...text].every((c, i) => head[at + i] === c.charCodeAt(0));

/** The first-bytes test of each format name x-formats may use. */
export const IMAGE_SIGNATURES: Readonly<Record<string, Signature>> = {
  jpeg: starts(0xff, 0xd8, 0xff),
  png: starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  gif: (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a'),
  webp: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP'),
  bmp: (h) => ascii(h, 0, 'BM'),
  ico: starts(0x00, 0x00, 0x01, 0x00),
  tiff: (h) => starts(0x49, 0x49, 0x2a, 0x00)(h) || starts(0x4d, 0x4d, 0x00, 0x2a)(h),
  heic: (h) => ascii(h, 4, 'ftyp') && ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].some((brand) => ascii(h, 8, brand)),
};

/** How many leading bytes the signatures need. */
export const SIGNATURE_BYTES = 32;

/** The format (of `formats`) the bytes start as, if any. */
export function imageFormatOf(head: Uint8Array, formats: readonly string[]): string | undefined {
  return formats.find((f) => IMAGE_SIGNATURES[f]?.(head));
}

/** Width and height where the header states them plainly (PNG's IHDR, GIF's screen descriptor). */
export function imageSize(format: string, head: Uint8Array): { width: number; height: number } | undefined {
  if (format === 'png' && head.length >= 24) {
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (format === 'gif' && head.length >= 10) return { width: head[6]! | (head[7]! << 8), height: head[8]! | (head[9]! << 8) };
  return undefined;
}
