import { createRuleBasedExtractor, type ClaimExtractor } from '../claims/claim-extractor';
import { registerStoryline } from '../storyline/registry';
import type { Storyline } from '../storyline/types';

/** What every job needs to know of the story it follows: the storyline data and the claim extractor. */
export interface StorylineDeps {
  storyline: Storyline;
  claims: ClaimExtractor;
}

/** Builds the extractor for a storyline; composition roots pass one for the model-backed extractor. */
export type ClaimExtractorFactory = (storyline: Storyline) => ClaimExtractor;

/**
 * The storyline with its claim extractor: the offline, rule-based one unless `createExtractor` is
 * given (the default everywhere, CI included).
 */
export function createStorylineDeps(storyline: Storyline, createExtractor: ClaimExtractorFactory = createRuleBasedExtractor): StorylineDeps {
  registerStoryline(storyline);
  return { storyline, claims: createExtractor(storyline) };
}
