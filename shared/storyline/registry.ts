/**
 * The storylines this process knows, by id, so that code holding only a digest (its renderers)
 * can find the labels of the storyline it was written for. The composition root registers the
 * storyline it runs (createStorylineDeps); Syria–Russia is always known.
 */
import { SYRIA_RUSSIA } from './syria-russia';
import type { Storyline, ThreadDefinition } from './types';

const known = new Map<string, Storyline>([[SYRIA_RUSSIA.id, SYRIA_RUSSIA]]);

/** Makes a storyline's labels available to the renderers. */
export function registerStoryline(storyline: Storyline): void {
  known.set(storyline.id, storyline);
}

/** Every known storyline, Syria–Russia first. */
export function knownStorylines(): Storyline[] {
  return [...known.values()];
}

/** The tagline of the storyline the digests were written for ("What changed each day on …"). */
export function describeStorylineTagline(digests: ReadonlyArray<{ storyline: string }>): string {
  const id = digests[0]?.storyline;
  return knownStorylines().find((storyline) => storyline.id === id)?.tagline ?? known.values().next().value?.tagline ?? 'What changed each day';
}

/** The definition of a thread id in the known storylines (first match), for labels and phrases. */
export function findThreadDefinition(thread: string): ThreadDefinition | undefined {
  for (const storyline of knownStorylines()) {
    const definition = storyline.threads.find((candidate) => candidate.id === thread);
    if (definition) return definition;
  }
  return undefined;
}
