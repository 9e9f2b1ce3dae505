/**
 * The blob store port: raw pages, article records and digests. The S3 adapter serves the cloud,
 * the filesystem adapter the local replay; both keep the same key layout (DESIGN.md, Storage).
 */
export interface BlobStore {
  /** Writes `body` at `key`, replacing what was there (S3 versioning keeps the old one). */
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** The bytes at `key`, or null when there is none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Keys under `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
}

/** Reads a UTF-8 blob, or null. */
export async function getText(store: BlobStore, key: string): Promise<string | null> {
  const bytes = await store.get(key);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

/** Reads and parses a JSON blob, or null. Validate the result at the caller (zod). */
export async function getJson(store: BlobStore, key: string): Promise<unknown> {
  const text = await getText(store, key);
  return text === null ? null : (JSON.parse(text) as unknown);
}

/** The storage layout of DESIGN.md, in one place. */
export const blobKeys = {
  digest: (date: string, file: 'digest.json' | 'digest.md' | 'digest.html') => `digests/${date}/${file}`,
  article: (articleId: string) => `articles/${encodeKeySegment(articleId)}.json`,
  rawPage: (articleId: string) => `raw/${encodeKeySegment(articleId)}.html`,
};

/** Article ids may contain ':' (seed:000_…); keep keys portable across S3 and filesystems. */
function encodeKeySegment(segment: string): string {
  return segment.replace(/[^A-Za-z0-9._-]/g, (c) => `~${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
