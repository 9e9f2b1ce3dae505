import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe } from '../../functions/cli/serve';
import { FileSecretProvider } from '../../shared/email/secrets/file-secret-provider';

/** `npm run serve`'s own server on a free port over a temp data dir, plus a plain HTTP client. */
export async function openServe() {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-serve-'));
  const running = await startServe({ dataDir, port: 0 });
  return {
    ...running,
    dataDir,
    /** The same secret file the server signs with. */
    secrets: new FileSecretProvider(join(dataDir, 'secret.key')),
    async request(path: string, init: { method?: string; form?: Record<string, string>; body?: string; contentType?: string } = {}) {
      const body = init.form ? new URLSearchParams(init.form).toString() : init.body;
      const response = await fetch(new URL(path, running.url), {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers: body === undefined ? {} : { 'content-type': init.contentType ?? 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
    async close(): Promise<void> {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type ServeHarness = Awaited<ReturnType<typeof openServe>>;

/** The path and query of an absolute link, to replay it against the test server. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
