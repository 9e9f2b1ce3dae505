/**
 * The storyline is data: the engines (claims, relevance, the digest and its reader renderers) read a
 * Storyline and name no word of the Syria–Russia story.
 * A grep over their source for the story's names must find nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', 'shared');
const ENGINES = ['claims', 'relevance', 'digest'];
const STORY_WORDS = /\b(?:tartus|tartous|assad|hmeimim|khmeimim|damascus|kremlin|putin|sharaa|lavrov)\b/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the engines name no storyline word', () => {
  for (const engine of ENGINES) {
    it(`shared/${engine}/ holds none of the story's names`, () => {
      // Act
      const hits = sourceFiles(join(ROOT, engine)).flatMap((file) =>
        readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (STORY_WORDS.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );

      // Assess
      expect(hits).toEqual([]);
    });
  }

  it('the grep itself finds the story where it lives (the storyline data)', () => {
    const data = sourceFiles(join(ROOT, 'storyline', 'syria-russia')).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(data).toMatch(STORY_WORDS);
  });
});
