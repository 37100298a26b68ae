// What uploadImage and uploadFile stored: each key with the app that uploaded it, its type and its
// bytes (kept as the chunks that arrived, never joined into a second copy). Sends and replies check
// the keys they name against it (230017, 230055; a card's unknown img_key is 230099 / 200570).
// Bounded in bytes and in count: the oldest uploads go first.
import { randomUUID } from 'node:crypto';
import { BoundedStore } from './bounded-store.js';

export interface MockUpload {
  key: string;
  kind: 'image' | 'file';
  /** The uploading app's id (`cli_…`), or the user's open_id for a user-token upload. */
  owner: string;
  /** image_type (message | avatar) or file_type (opus, mp4, pdf, …). */
  type: string;
  fileName?: string;
  size: number;
  chunks: Uint8Array[];
}

/** The uploads kept: 1,000 within 96 MB (a 30 MB file counts in full), the oldest forgotten first. */
export const UPLOAD_STORE_LIMITS = { maxEntries: 1000, maxBytes: 96 * 2 ** 20 } as const;

export class UploadStore {
  private readonly byKey = new BoundedStore<string, MockUpload>(UPLOAD_STORE_LIMITS, (key, upload) => 2 * key.length + 256 + upload.size);

  put(upload: Omit<MockUpload, 'key'>): MockUpload {
    const key = upload.kind === 'image' ? `img_v2_${randomUUID()}` : `file_v3_${randomUUID()}`;
    const stored = { ...upload, key };
    this.byKey.set(key, stored);
    return stored;
  }

  get(key: string): MockUpload | undefined {
    return this.byKey.get(key);
  }

  /** How many uploads and bytes are held (for tests of the bound). */
  get size(): { uploads: number; bytes: number } {
    return { uploads: this.byKey.size, bytes: this.byKey.bytes };
  }
}
