import { constants } from 'node:fs';
import { access, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The data dir cannot be used: not writable, or held by another sitrep process. */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

/** Held while a process owns a data dir; `release` gives it back. */
export interface DataDirLock {
  release(): Promise<void>;
}

const LOCK_FILE = 'sitrep.lock';

/**
 * Creates the data dir if needed and checks that it is writable, so a read-only one is refused
 * before any work with its own name instead of a LevelDB stack trace halfway through.
 */
export async function ensureWritableDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    throw new DataDirError(`the data dir ${dataDir} is not writable (${code}); pass --data-dir with a directory you can write to`, { cause });
  }
}

/**
 * Takes the data dir for this process. The embedded table is LevelDB, which one process may open at
 * a time: a second opener fails with "Database is closed" long after it started. A lock file with
 * our pid names the real cause up front; a lock whose process is gone is taken over.
 */
export async function lockDataDir(dataDir: string, command: string): Promise<DataDirLock> {
  await ensureWritableDataDir(dataDir);
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid} ${command}\n`);
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(path);
      if (holder && isAlive(holder.pid)) {
        throw new DataDirError(
          `the data dir ${dataDir} is in use by another sitrep process (${holder.command}, pid ${holder.pid}); stop it or pass another --data-dir`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new DataDirError(`the data dir ${dataDir} could not be locked (${path} keeps reappearing)`);
}

async function readHolder(path: string): Promise<{ pid: number; command: string } | null> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const match = /^(\d+) (.*)$/m.exec(text);
  return match ? { pid: Number(match[1]), command: match[2]! } : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
