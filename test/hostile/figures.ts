import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

/**
 * The address the hostile tests aim private targets at. No test allows it, so every connection
 * the listener there accepts is a connection the guard should have refused.
 */
export const TRAP_HOST = '127.0.0.2';

type ErrorClass = abstract new (...args: never[]) => Error;

/** Counts for one group of hostile cases, printed as one line when the group ends. */
export interface HostileFigures {
  /** The trap listener (call only inside tests: it starts in beforeAll). */
  readonly trap: FixtureServer;
  /**
   * Runs one attack; an error of an `expected` class is the defence working and is returned,
   * anything else is a crash: counted, then rethrown so the test fails.
   */
  observe<T>(expected: ErrorClass[], attack: () => Promise<T> | T): Promise<{ value?: T; error?: Error }>;
  /** Valid items that a run should have kept but did not. */
  noteItemsLost(count: number): void;
  /** Articles stored (or enqueued) more than once. */
  noteDuplicatesStored(count: number): void;
}

/**
 * Registers the group's hooks (trap listener, case count, summary line) in the calling test
 * file. Each file is one group; vitest runs files in separate workers, so nothing is shared.
 */
export function registerHostileGroup(group: string): HostileFigures {
  let trap: FixtureServer | undefined;
  const cases = new Set<string>();
  let crashes = 0;
  let itemsLost = 0;
  let duplicatesStored = 0;

  beforeAll(async () => {
    trap = await startFixtureServer({}, { host: TRAP_HOST });
  });
  afterEach((context) => {
    // Tests are named "case N: …"; a table of spellings for one case is still one case.
    cases.add(/^case (\d+)/.exec(context.task.name)?.[1] ?? context.task.name);
  });
  afterAll(async () => {
    const connections = trap?.connections ?? 0;
    console.log(
      `hostile ${group}: cases ${cases.size}, non-public connections ${connections}, crashes ${crashes}, items lost ${itemsLost}, duplicates stored ${duplicatesStored}`,
    );
    await trap?.close();
    expect({ connections, crashes, itemsLost, duplicatesStored }).toEqual({ connections: 0, crashes: 0, itemsLost: 0, duplicatesStored: 0 });
  });

  return {
    get trap() {
      if (!trap) throw new Error('the trap listener starts in beforeAll');
      return trap;
    },
    async observe(expected, attack) {
      try {
        return { value: await attack() };
      } catch (error) {
        if (expected.some((errorClass) => error instanceof errorClass)) return { error: error as Error };
        crashes += 1;
        throw error;
      }
    },
    noteItemsLost(count) {
      itemsLost += count;
    },
    noteDuplicatesStored(count) {
      duplicatesStored += count;
    },
  };
}
