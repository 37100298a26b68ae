// What uploadImage and uploadFile stored: each key with the app that uploaded it, its type and its
// bytes (kept as the chunks that arrived, never joined into a second copy). Sends and replies check
// the keys they name against it (230017, 230055; a card's unknown img_key is 230099 / 200570).
// Bounded in bytes and in count: the oldest uploads go first.
import { randomUUID } from 'node:crypto';

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

export class UploadStore {
  private readonly byKey = new Map<string, MockUpload>();
  private bytes = 0;
  constructor(private readonly maxBytes = 96 * 1024 * 1024, private readonly maxUploads = 1000) {}

  put(upload: Omit<MockUpload, 'key'>): MockUpload {
    const key = upload.kind === 'image' ? `img_v2_${randomUUID()}` : `file_v3_${randomUUID()}`;
    const stored = { ...upload, key };
    this.byKey.set(key, stored);
    this.bytes += stored.size;
    while (this.byKey.size > 1 && (this.bytes > this.maxBytes || this.byKey.size > this.maxUploads)) {
      const [oldest, entry] = this.byKey.entries().next().value!;
      this.byKey.delete(oldest);
      this.bytes -= entry.size;
    }
    return stored;
  }

  get(key: string): MockUpload | undefined {
    return this.byKey.get(key);
  }

  get size(): { uploads: number; bytes: number } {
    return { uploads: this.byKey.size, bytes: this.bytes };
  }
}
