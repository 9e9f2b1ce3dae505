/** What a fetch is for: it decides which content types are accepted. */
export type FetchPurpose = 'feed' | 'page';

export interface FetchRequest {
  url: string;
  purpose: FetchPurpose;
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for a conditional GET. */
  headers?: Record<string, string>;
}

export interface FetchedResource {
  requestedUrl: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  /** Response headers, names lower-cased, repeated values joined with ", ". */
  headers: Record<string, string>;
  /** The media type without parameters, lower-cased ('' when the server sent none). */
  contentType: string;
  /** The decompressed body (empty for a 304). */
  body: Uint8Array;
  /** The body decoded: BOM, header charset, XML declaration / <meta charset>, else UTF-8 or windows-1252. */
  text: string;
}

/** The port every step fetches through; the guarded fetcher is its one real adapter. */
export interface HttpFetcher {
  /** Resolves with 2xx and 304 responses; rejects with a FetchError otherwise. */
  fetch(request: FetchRequest): Promise<FetchedResource>;
  /**
   * A cheap check without any I/O (scheme, literal private address): the FetchError the URL would
   * certainly fail with, or null. Optional so that test doubles need not implement it.
   */
  screenUrl?(url: string): import('./fetch-error').FetchError | null;
}
