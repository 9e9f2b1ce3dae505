/**
 * How an article frames itself. A fact-check repeats the report it checks and a correction the
 * error it corrects: those sentences are read as what they are, not as news.
 */
import { TermMatcher } from '../storyline/terms';
import { CORRECTION_FRAME, FACT_CHECK_FRAME, HEADLINE_RECAP_FRAME, RECAP_FRAME } from './english';

export interface ArticleFrame {
  factCheck: boolean;
  correction: boolean;
  /** A year-in-review, timeline or explainer: its past events are recaps. */
  lookBack: boolean;
}

const factCheck = new TermMatcher(FACT_CHECK_FRAME);
const correction = new TermMatcher(CORRECTION_FRAME);
const lookBack = new TermMatcher(RECAP_FRAME);
const headlineLookBack = new TermMatcher(HEADLINE_RECAP_FRAME);
/** The headline and the first sentences of the body say what kind of piece it is. */
const LEAD_SENTENCES = 3;

/** The frame of an article, read from its headline and lead (normalised sentences). */
export function readArticleFrame(sentences: readonly string[]): ArticleFrame {
  const lead = sentences.slice(0, LEAD_SENTENCES + 1).join(' ');
  const lookingBack = lookBack.test(sentences.slice(0, 2).join(' ')) || headlineLookBack.test(sentences[0] ?? '');
  return { factCheck: factCheck.test(lead), correction: correction.test(lead), lookBack: lookingBack };
}
