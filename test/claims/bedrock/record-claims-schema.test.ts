/** The prompt and the tool schema are generated from the storyline data: no second copy of the vocabulary. */
import { describe, expect, it } from 'vitest';
import { buildSystemPrompt } from '../../../shared/claims/bedrock/system-prompt';
import { buildRecordClaimsSchema, buildToolConfig } from '../../../shared/claims/bedrock/record-claims-tool';
import { computePromptVersion } from '../../../shared/claims/bedrock/bedrock-claim-extractor';
import { SYRIA_RUSSIA } from '../../../shared/storyline/syria-russia';
import type { Storyline } from '../../../shared/storyline/types';
import { RIVER_COMPACT } from '../../fixtures/storylines/river-compact/storyline';

interface ClaimItemSchema {
  properties: Record<string, { enum?: string[] }>;
  required: string[];
}

function claimItem(storyline: Storyline): ClaimItemSchema {
  const schema = buildRecordClaimsSchema(storyline) as { properties: { claims: { items: ClaimItemSchema } } };
  return schema.properties.claims.items;
}

describe('record_claims input schema', () => {
  it.each([
    ['syria-russia', SYRIA_RUSSIA],
    ['a storyline defined only in the tests', RIVER_COMPACT],
  ])('takes its thread, subject and status enums from %s', (_name, storyline) => {
    // Act
    const item = claimItem(storyline);

    // Assess
    expect(item.properties.thread!.enum).toEqual(storyline.threads.map((thread) => thread.id));
    expect(new Set(item.properties.subject!.enum)).toEqual(new Set(storyline.threads.flatMap((thread) => thread.subjects.map((subject) => subject.id))));
    expect(new Set(item.properties.status!.enum)).toEqual(new Set(storyline.threads.flatMap((thread) => thread.statuses.map((status) => status.id))));
    expect(item.properties.assertion!.enum).toEqual(['stated', 'reported', 'unnamed_source']);
    expect(item.required).toEqual(['thread', 'subject', 'status', 'quote', 'assertion']);
    expect(Object.keys(item.properties)).toEqual(expect.arrayContaining(['speaker', 'quoteEnglish']));
  });

  it('forces the one tool, record_claims', () => {
    const config = buildToolConfig(SYRIA_RUSSIA);

    expect(config.tools.map((tool) => tool.toolSpec.name)).toEqual(['record_claims']);
    expect(config.toolChoice).toEqual({ tool: { name: 'record_claims' } });
  });
});

describe('system prompt', () => {
  it('carries every definition, status, example and subject alias of the storyline, each thread with its own lists', () => {
    const prompt = buildSystemPrompt(SYRIA_RUSSIA);

    for (const thread of SYRIA_RUSSIA.threads) {
      const section = prompt.slice(prompt.indexOf(`## Thread \`${thread.id}\``)).split('\n## ')[0]!;
      expect(section).toContain(thread.definition);
      for (const status of thread.statuses) {
        expect(section).toContain(`\`${status.id}\``);
        expect(section).toContain(status.definition);
        for (const example of status.examples) expect(section).toContain(example);
      }
      for (const subject of thread.subjects) {
        for (const alias of [...subject.aliases.en, ...(subject.aliases.ar ?? []), ...(subject.aliases.ru ?? [])]) expect(section).toContain(alias);
      }
    }
    // The labelling conventions: assertion kinds and the readings that are not claims.
    expect(prompt).toMatch(/`stated`, `reported`, `unnamed_source`/);
    expect(prompt).toMatch(/background, hedged, denied, debunked/);
  });

  it('follows the data: another storyline gives another prompt and another prompt version', () => {
    const syria = buildSystemPrompt(SYRIA_RUSSIA);
    const river = buildSystemPrompt(RIVER_COMPACT);

    expect(river).not.toContain('Tartus');
    for (const thread of RIVER_COMPACT.threads) expect(river).toContain(thread.definition);
    expect(computePromptVersion(river, buildToolConfig(RIVER_COMPACT))).not.toBe(computePromptVersion(syria, buildToolConfig(SYRIA_RUSSIA)));
    expect(computePromptVersion(syria, buildToolConfig(SYRIA_RUSSIA))).toBe(computePromptVersion(buildSystemPrompt(SYRIA_RUSSIA), buildToolConfig(SYRIA_RUSSIA)));
  });
});
