import { selectReaderView } from '../digest/reader-view';
import { DigestSchema, type Digest } from '../model/digest';
import { THREADS } from '../model/vocabulary';
import { getJson, type BlobStore } from '../storage/ports';
import { renderArchiveIndex, renderArchivedDigest } from './render-archive';
import { renderAtomFeed } from './render-feed';
import { renderTimeline } from './render-timeline';
import { sitePaths } from './site-layout';

/** The reader's archive is written under this prefix: site/ in the bucket, <data-dir>/site/ locally. */
export const SITE_PREFIX = 'site/';

export class SitePublishError extends Error {
  override readonly name = 'SitePublishError';
}

/**
 * Rewrites the static archive from every digest.json in the store: index.html (latest first), one
 * page per digest, one timeline per thread and feed.atom. Pure rendering over what is stored, so a
 * re-run writes the same files; a digest.json that does not parse stops the run with its key named.
 */
export async function publishSite(blobs: BlobStore): Promise<string[]> {
  const digests = await loadDigests(blobs);
  const files = [
    { path: sitePaths.index, body: renderArchiveIndex(digests), type: 'text/html; charset=utf-8' },
    { path: sitePaths.feed, body: renderAtomFeed(digests), type: 'application/atom+xml; charset=utf-8' },
    // A day's page is what its subscribers read (issue 14): the reader view, as digest.html and the email.
    ...digests.map((digest) => ({ path: sitePaths.digest(digest.date), body: renderArchivedDigest(selectReaderView(digest)), type: 'text/html; charset=utf-8' })),
    ...THREADS.map((thread) => ({ path: sitePaths.timeline(thread), body: renderTimeline(thread, digests), type: 'text/html; charset=utf-8' })),
  ];
  for (const file of files) await blobs.put(`${SITE_PREFIX}${file.path}`, file.body, file.type);
  return files.map((file) => `${SITE_PREFIX}${file.path}`);
}

async function loadDigests(blobs: BlobStore): Promise<Digest[]> {
  const keys = (await blobs.list('digests/')).filter((key) => key.endsWith('/digest.json'));
  const digests: Digest[] = [];
  for (const key of keys) {
    const parsed = DigestSchema.safeParse(await readJson(blobs, key));
    if (!parsed.success) throw new SitePublishError(`${key} is not a valid digest.json`, { cause: parsed.error });
    digests.push(parsed.data);
  }
  return digests;
}

async function readJson(blobs: BlobStore, key: string): Promise<unknown> {
  try {
    return await getJson(blobs, key);
  } catch (error) {
    throw new SitePublishError(`${key} could not be read as JSON`, { cause: error });
  }
}
