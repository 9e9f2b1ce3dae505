/**
 * Issue 14, "docs that work as written": the README's links resolve inside the repository (it once
 * cited DESIGN.md, which the repository does not carry; ARCHITECTURE.md is its own map), its table
 * of cdk.json settings lists every key with the default the code applies (the timeZone default once
 * differed from cdk.json's), it has a teardown section, and it states the Node versions the
 * package and the Lambdas really use. The commands themselves are run by the e2e tests
 * (replay-cli, replay-errors, replay-fixtures-command, serve-and-replay, deploy-config-guard).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeployConfigSchema } from '../../shared/config/deploy-config';
import { SITREP_RUNTIME } from '../../infra/constructs/sitrep-function';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const README = read('README.md');

/** The text of the section under `heading` (up to the next heading of the same or a higher level). */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line === heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The rows of the first Markdown table after `header`, up to the first line that is not a row. */
function tableAfter(markdown: string, header: string): Map<string, string[]> {
  const lines = markdown.split('\n');
  const start = lines.indexOf(header);
  expect(start, header).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    rows.set(cells[0]!.replace(/`/g, ''), cells.slice(1));
  }
  return rows;
}

describe('the README', () => {
  it.each(['README.md', 'ARCHITECTURE.md'])('%s: every relative link names a file or folder of the repository', (file) => {
    const text = read(file);
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));

    expect(targets.filter((target) => !existsSync(join(root, dirname(file), target)))).toEqual([]);
  });

  it('links the architecture map the repository carries, and no design document it does not', () => {
    expect(README).toContain('[ARCHITECTURE.md](ARCHITECTURE.md)');
    expect(README).not.toContain('DESIGN.md');
  });

  it('lists every cdk.json setting in one table, with the default the code applies', () => {
    const rows = tableAfter(section(README, '### The values to set'), '| key | default | meaning |');
    const defaults = DeployConfigSchema.parse({ senderEmail: 'digest@levant-digest.org' }) as Record<string, unknown>;
    const keys = Object.keys(DeployConfigSchema.shape);

    expect([...rows.keys()].sort()).toEqual([...keys].sort());
    for (const [key, value] of Object.entries(defaults)) {
      if (typeof value === 'object' || key === 'senderEmail') continue;
      expect(rows.get(key)?.[0], key).toMatch(new RegExp(`^\`${String(value)}\``));
    }
  });

  it("names cdk.json's own timeZone beside the default", () => {
    const shipped = (JSON.parse(read('cdk.json')) as { context: { sitrep: { timeZone: string } } }).context.sitrep.timeZone;
    const rows = tableAfter(section(README, '### The values to set'), '| key | default | meaning |');

    expect(rows.get('timeZone')?.[0]).toBe(`\`UTC\` (\`cdk.json\` ships \`${shipped}\`)`);
  });

  it('has a teardown section: cdk destroy, and what the default removal policy keeps', () => {
    const teardown = section(README, '### Tear down');
    const defaults = DeployConfigSchema.parse({ senderEmail: 'digest@levant-digest.org' });

    expect(teardown).toContain('npx cdk destroy --all');
    expect(defaults.removalPolicy).toBe('retain');
    expect(teardown).toMatch(/`removalPolicy: "retain"` the \*\*bucket\*\*.*and the \*\*table\*\*/s);
  });

  it('states the Node versions package.json and the Lambda runtime use', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const lambdaMajor = /^nodejs(\d+)\.x$/.exec(SITREP_RUNTIME.name)?.[1];

    expect(engines).toBe('>=20.19');
    expect(README).toContain('Node.js ≥ 20.19');
    expect(section(README, '## Development')).toContain(`**the Lambdas run Node ${lambdaMajor}**`);
  });
});
