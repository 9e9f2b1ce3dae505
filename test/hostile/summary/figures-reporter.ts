import type { UserConsoleLog } from 'vitest';
import type { Reporter } from 'vitest/node';

/** The line each hostile group prints when it ends (test/hostile/figures.ts). */
const FIGURES_LINE = /^hostile [^:]+: cases \d+, non-public connections \d+, crashes \d+, items lost \d+, duplicates stored \d+$/;

/**
 * Gathers the figures lines the hostile groups print, which vitest interleaves with each file's
 * other output, and repeats them once the run is over, so `npm run test:hostile` ends with one
 * line per group (issue 7, "Figures"). Listed after the default reporter, it prints after it.
 */
export default class HostileFiguresReporter implements Reporter {
  private readonly lines: string[] = [];

  onUserConsoleLog(log: UserConsoleLog): void {
    for (const line of log.content.split('\n')) if (FIGURES_LINE.test(line.trim())) this.lines.push(line.trim());
  }

  onTestRunEnd(): void {
    if (this.lines.length === 0) return;
    process.stdout.write(`\nHostile figures (one line per group)\n${[...this.lines].sort().join('\n')}\n`);
  }
}
