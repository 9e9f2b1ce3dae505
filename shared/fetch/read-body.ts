import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './fetch-error';

/** A decompressor for a Content-Encoding, null for identity; throws for an unknown encoding. */
function decoderFor(encoding: string, url: string): Transform | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new FetchError('unsupported_type', url, `content encoding ${encoding}`);
  }
}

/**
 * Reads a response body, decompressing as it streams and stopping as soon as either the bytes on
 * the wire or the decompressed bytes pass `maxBytes` — so a lying Content-Length, an endless body
 * and a gzip bomb all stop at the cap without buffering more than it.
 */
export function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let decoder: Transform | null;
    try {
      decoder = decoderFor((response.headers['content-encoding'] ?? '').trim().toLowerCase(), url);
    } catch (error) {
      response.destroy();
      return reject(error);
    }
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let bodyBytes = 0;
    let settled = false;
    const fail = (error: FetchError) => {
      if (settled) return;
      settled = true;
      decoder?.destroy();
      response.destroy();
      reject(error);
    };
    const tooLarge = () => new FetchError('too_large', url, `body exceeds ${maxBytes} bytes`);
    const collect = (chunk: Buffer) => {
      bodyBytes += chunk.length;
      if (bodyBytes > maxBytes) return fail(tooLarge());
      chunks.push(chunk);
    };
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve(new Uint8Array(Buffer.concat(chunks)));
    };
    response.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) return fail(tooLarge());
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    response.on('error', (cause) => fail(new FetchError('network', url, 'connection failed while reading', { cause })));
    response.on('close', () => {
      if (!response.complete) fail(new FetchError('network', url, 'connection closed before the body ended'));
    });
    if (decoder) {
      decoder.on('data', collect);
      decoder.on('error', (cause: Error) => fail(new FetchError('network', url, 'corrupt compressed body', { cause })));
      decoder.on('end', finish);
      response.on('end', () => decoder?.end());
    } else {
      response.on('end', finish);
    }
  });
}
