/**
 * The system prompt, generated from the storyline data: its threads, subjects with their aliases,
 * statuses with definitions and examples, the state model and the labelling conventions of DESIGN.md
 * (precision first). The only hand-written text here is the generic instruction around the data;
 * every story word comes from the `Storyline`, so a change to the data changes the prompt (and its
 * version, hence the cache key).
 */
import { ASSERTIONS, WEAK_READINGS } from '../../model/claim';
import type { LocalisedTerms, Storyline, StatusDefinition, SubjectDefinition, ThreadDefinition } from '../../storyline/types';
import { RECORD_CLAIMS_TOOL } from './record-claims-tool';

/** Terms of every language, labelled by language ("en: alias, other alias; ar: …"). */
function describeTerms(terms: LocalisedTerms): string {
  return Object.entries(terms)
    .filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]) && entry[1].length > 0)
    .map(([language, list]) => `${language}: ${list.join(', ')}`)
    .join('; ');
}

function trackedLabel(storyline: Storyline): string {
  return storyline.sides.find((side) => side.id === storyline.trackedSide)?.label ?? storyline.trackedSide;
}

function describeSubject(subject: SubjectDefinition): string {
  const lines = [`  - \`${subject.id}\` (${subject.phrase ?? subject.label}); named by ${describeTerms(subject.aliases)}`];
  if (subject.unless?.length) lines.push(`    not this subject when the sentence is about: ${subject.unless.join(', ')}`);
  if (subject.fallback) lines.push('    the subject to use when a claim on this thread names no other subject');
  return lines.join('\n');
}

function describeStatus(status: StatusDefinition): string {
  const lines = [`  - \`${status.id}\` (${status.kind === 'standing' ? 'standing position' : 'event'}): ${status.definition}`];
  for (const example of status.examples) lines.push(`    e.g. "${example}"`);
  if (status.whenNegated) lines.push(`    a negated ${status.id} cue ("did not …") means \`${status.whenNegated}\``);
  return lines.join('\n');
}

function describeStateModel(thread: ThreadDefinition): string[] {
  const lines = thread.stateModel.forward.filter((stages) => stages.length > 1).map((stages) => `  - a process that only moves forward: ${stages.join(' → ')} (an earlier stage named later is a reaffirmation, not news)`);
  for (const [first, second] of thread.stateModel.incompatible) lines.push(`  - \`${first}\` and \`${second}\` cannot both hold for one subject at one time`);
  return lines;
}

function describeThread(thread: ThreadDefinition, storyline: Storyline): string {
  const side = thread.requiresSide && storyline.sides.find((candidate) => candidate.id === thread.requiresSide);
  return [
    `## Thread \`${thread.id}\` — ${thread.label}`,
    thread.definition,
    ...(side ? [`A claim on this thread must involve ${side.label}.`] : []),
    `Subjects of \`${thread.id}\` (use only these with this thread):`,
    ...thread.subjects.map(describeSubject),
    `Statuses of \`${thread.id}\` (use only these with this thread):`,
    ...thread.statuses.map(describeStatus),
    ...(thread.thirdParty ? [`A deal of ${trackedLabel(storyline)}'s that goes instead to ${thread.thirdParty.parties.join(', ')} means \`${thread.thirdParty.status}\`.`] : []),
    ...describeStateModel(thread),
  ].join('\n');
}

/** Labelling conventions (DESIGN.md, precision first), with the assertion kinds and weak readings from the model. */
function describeConventions(storyline: Storyline): string {
  const tracked = trackedLabel(storyline);
  return [
    '## How to label',
    `- Record only what the article asserts. Each claim says how it is asserted: ${ASSERTIONS.map((kind) => `\`${kind}\``).join(', ')}.`,
    `- Not claims, never recorded: statuses the article only mentions (${WEAK_READINGS.join(', ')}) — background, hedged (may, could, is said to be considering), denied or debunked.`,
    '- A standing position is asserted when the article says it holds now; an event only when the article reports it as new. An event dated well before the article is a recap: set `recap`.',
    `- The claims track what ${tracked} does or is asked to do.`,
    '- `quote` must be copied exactly from one numbered sentence of the article (not translated, not paraphrased, without the number); the shortest span that says it is best.',
    '- For an article not in English, also give `quoteEnglish`, an English rendering of the quote.',
    `- Call \`${RECORD_CLAIMS_TOOL}\` once, with every claim; an empty list when the article asserts none.`,
  ].join('\n');
}

/** The system prompt for `storyline`: deterministic, so its hash versions the cache. */
export function buildSystemPrompt(storyline: Storyline): string {
  return [
    `You label news articles for the "${storyline.title}" storyline${storyline.tagline ? ` (${storyline.tagline})` : ''}.`,
    // Sides and parties in English only: a model knows their names in Arabic and Russian, and the
    // inflected forms the rules need would double the prompt. Subject aliases stay in every language.
    `Sides: ${storyline.sides.map((side) => `${side.label} (${side.core.en.join(', ')})`).join('; ')}.`,
    `Parties: ${storyline.parties.map((party) => `${party.name} (${party.aliases.en.join(', ')})`).join('; ')}.`,
    'Alias lists use a small pattern language: `word*` is any ending, `[a|b]` one of several words, `...` a gap of up to three words.',
    ...storyline.threads.map((thread) => describeThread(thread, storyline)),
    describeConventions(storyline),
  ].join('\n\n');
}
