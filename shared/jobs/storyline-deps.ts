import { createRuleBasedExtractor, type ClaimExtractor } from '../claims/claim-extractor';
import { registerStoryline } from '../storyline/registry';
import type { Storyline } from '../storyline/types';

/** What every job needs to know of the story it follows: the storyline data and the claim extractor. */
export interface StorylineDeps {
  storyline: Storyline;
  claims: ClaimExtractor;
}

/** The storyline with the offline, rule-based extractor (the default everywhere, CI included). */
export function createStorylineDeps(storyline: Storyline): StorylineDeps {
  registerStoryline(storyline);
  return { storyline, claims: createRuleBasedExtractor(storyline) };
}
