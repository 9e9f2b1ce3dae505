/**
 * The English the claims engine reads: function words of negation, modality, attribution, denial
 * and time. These belong to the language, not to a story; a storyline's own words are in its data.
 * Phrases use the pattern language of shared/storyline/terms.ts.
 */
import type { Terms } from '../storyline/types';

/** Just before a place: forces go there ("flying west to", "consolidated at", "reached"). */
export const DESTINATION_BEFORE = /(?:\b(?:to|towards?|into|onto|reached|reaching|(?:arrived|arriving|landed|landing)\s+(?:at|in))|\b(?:leave|leaves|leaving|left|depart\w*|sail\w*|head\w*|bound)\s+(?:[\w'-]+\s+){1,4}?for|\b(?:consolidat\w*|relocat\w*|redeploy\w*|regroup\w*|moved|concentrat\w*)\s+(?:[\w'-]+\s+){0,2}(?:at|in))\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/;
/** Just before a place: forces leave it ("withdrawal from", "left", "ships that had been based at"). */
export const SOURCE_BEFORE = /\b(?:from|out of|off|left|leaving|leave|leaves|quit|vacated|exit\w*|evacuat\w*|withdr\w*|(?:had\s+been|previously|formerly|until\s+(?:now|then|recently))\s+(?:based|stationed|deployed|docked|berthed)\s+(?:at|in))\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/;

/** Just before a cue: the event has only begun ("have begun withdrawing", "are starting to leave"). */
export const INCHOATIVE_BEFORE = /\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|in the process of)\s+(?:to\s+)?(?:[\w'-]+\s+)?$/;

/** Just before a cue in -ing: the event is under way, not done ("are withdrawing from", "have been leaving"). */
export const PROGRESSIVE_BEFORE = /\b(?:is|are|was|were|has been|have been|had been)\s+(?:still\s+|now\s+|gradually\s+|slowly\s+|steadily\s+)?$/;

/** Before a cue: only part of the whole does it ("some of the", "a significant part of", "two of its"). */
export const PARTITIVE: Terms = ['part of', 'some of', 'several of', 'many of', 'most of', 'half of', 'a number of', 'a portion of', 'a share of', 'one of', 'two of', 'three of', 'a few of', 'a fraction of', 'a second', 'another'];
/** Before a cue: the whole does it ("all the ships", "the last troops", "the remaining forces"). */
export const WHOLE: Terms = ['all', '[the|its|their|our|his|her] last', 'last remaining', 'the remaining', 'the entire', 'every', 'entirely', 'completely', 'fully'];

/**
 * A comparison's standard: what follows names the yardstick, not what the clause is about ("small
 * compared with the forces at the main base", "more aircraft than at the port"). Runs to the clause's end
 * or the next comma.
 */
export const COMPARISON_STANDARD = /\b(?:compared (?:with|to)|in comparison (?:with|to)|relative to|(?<!\b(?:rather|other) )than(?= (?:at|in|on|to|from|with|for|the|those|that|its|their|any|ever|last|before|during|under)\b))\b[^,;]*/g;

/**
 * What a clause leaves out of its scope ("the talks do not cover the air base", "all sites
 * excluding the airfield"): a place named only there is not what the clause is about. Runs to the
 * clause's end or the next comma.
 */
export const OUT_OF_SCOPE = /\b(?:(?:does|do|did|will|would)\s+not\s+(?:cover|include|concern|involve|affect|apply\s+to|extend\s+to)|excluding|not\s+including|except(?:\s+for)?|apart\s+from)\b[^,;]*/g;

/** Words that introduce a referent other than the one just named ("another Russian contract", "a separate deal"). */
export const ANOTHER_REFERENT = /\b(?:another|other|separate|different)\b/;

/** A negated decision is no decision either way: "no decision has been taken to withdraw" asserts nothing. */
export const UNDECIDED: Terms = [
  'no decision', 'no final decision', 'not yet decided', 'not decided', 'undecided', 'no plans yet', 'not made a decision',
  // A negated report is no report: "has not announced any withdrawal" says nothing of a withdrawal.
  'not announced', 'not confirmed', 'no announcement', 'no sign of', 'no word', 'not reported', 'no evidence of',
];

/**
 * Negative contractions written out before anything is matched, so that "hasn't handed him over"
 * is negated as "has not handed him over" is (lower-cased text with plain apostrophes).
 */
export function expandNegativeContractions(text: string): string {
  return text
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/\bain't\b/g, 'is not')
    .replace(/(?<=\p{L})n't\b/gu, ' not');
}

/** Words that negate the verb that follows within a few words (contractions are written out first). */
export const NEGATORS: Terms = ['[deny|denies|denied|denying|denial|denials]', 'not', 'never', 'no', 'without', 'neither', 'nor', 'no longer', 'nothing', 'none', 'cannot', 'unable to', 'failed to', 'rather than', 'instead of'];

/**
 * Modality that makes an event a possibility, not a fact. A standing position survives it ("Syria
 * says Russia may stay" is a position). "Would" is not here: in reported speech it is the future of
 * the past ("said talks would cover the bases"), an intention below.
 */
export const MODALS: Terms = ['may', 'might', 'could', 'should', 'must', 'likely', 'unlikely', 'possib*', 'perhaps', 'probably', 'maybe', 'expected to', 'expect*', 'potentially', 'would-be'];

/**
 * Prospects: what is expected or likely has not been said or done, position or event ("was expected
 * to request", "is likely to negotiate", "could try to negotiate"). Unlike "may stay", no permission reads them.
 */
export const PROSPECTS: Terms = ['expected to', 'expect* [him|her|them|it] to', 'likely to', 'unlikely to', 'probably', 'perhaps', 'maybe', 'potentially', 'might', 'may well', '[could|may|might] ... try to',
  // What a document provides for is still to come: "the memorandum foresees deliveries of a million tonnes".
  '[foresee|foresees|foresaw|envisage|envisages|envisaged|envisions]'];

/**
 * Hedges that reach every clause of their sentence: a social-media source the article named, spoken
 * of again ("according to the channel, …", "the post said"), and a condition set apart by a comma
 * ("If true, the departure of the jets would …").
 */
export const SENTENCE_HEDGES: Terms = [
  'according to the [channel|post|posts|blogger|bloggers|account|video|footage]', '[the|a|one] [post|channel|blogger|video] [said|says|claimed|claims|wrote|writes|added|showed|shows]',
  'if [true|confirmed|accurate|correct|so]',
];

/** Speculation, conditions and habits: nothing in the clause is asserted, position or event. */
export const HEDGES: Terms = [
  'speculat*', 'rumou*', 'telegram', 'social media', 'bloggers', 'unverified', 'circulating', 'viral', 'widely shared', '[posted|posting] on', '[a|in a|in his|in her|in its|in their] post on', 'premature', 'reports that ... [was|were|is|are|had]', 'there [were|are|have been|had been] [reports|rumours|rumors|claims]',
  // A report framed as someone's story: "circulated claims about a so-called withdrawal".
  'circulated [claims|reports|rumours|rumors|allegations|footage|images|a video|videos]', 'so-called', '[claims|allegations] [about|of|that]',
  'it seems', 'seems to', 'appears to', 'it appears', 'if', 'unless', 'whether', 'hope*', 'hoping', 'analysts [say|said|believe|expect|suggest|think|argue|note]',
  'observers', 'analyst*', 'experts [say|said|believe|think]', 'in the view of', 'scenario*', 'predict*', 'forecast*', 'assum*', 'suppos*', 'in theory', 'question is', 'remains to be seen', 'doubt*',
  'fear*', 'warn* that', 'risk* of', 'in case', 'conditional', 'provided that', 'as long as', 'unconfirmed', "[we are|we're|we have been|we've been] hearing", 'hearing that',
  // Hearsay from the papers: "we have read in the press that Russian firms may be offered …".
  '[read|seen] in the [press|papers|newspapers|media]',
  // What nobody has said is not said: "no Syrian or Russian official has confirmed that …".
  'no ... [official|officials|one|source|sources|government|side|party] [has|have] [said|confirmed|announced|stated|claimed|reported]', '[nobody|no one] ... [has|have] [said|confirmed|announced|stated|claimed]',
  // Habits are not this news: "every few months a minister promises…".
  'every [few|couple|time|year|month|week]', 'each time', 'routinely', 'usually', 'typically', 'whenever',
  // A habit or a condition told in the present passive: "we update this page when contracts are signed or cancelled".
  '[when|whenever|once|as soon as] ... [contracts|deals|agreements|contract|deal|agreement|memorandum|memoranda] ... ... [are|is]', '[when|whenever|once|as soon as] they are',
];

/** Intention: a plan is not the event it plans (but may be a position, see intentionAsserts). */
export const INTENTIONS: Terms = [
  'will', "'ll", 'would', '[plan|plans|planned|planning]', 'want*', 'wish*', 'ready to', 'willing to', 'prepared to', 'seek*', 'sought to', 'intend*', 'aim*', 'going to', 'set to',
  'about to', '[is|are|was|were] to be', 'would like', 'keen to', 'propos*', 'offer* to', 'threaten*', '[urge|urges|urged|urging]', 'call* on', 'ask* ... to', 'demand* ... to', 'try*', 'tried to', 'attempt*',
  'preparing to', 'prepare*', '[consider|considers|considered|considering]', 'mull*', '[weigh|weighs|weighed|weighing]',
  // Leave to act is not the act: "the ministry is authorised to sign a contract".
  '[authorised|authorized|permitted|allowed|empowered|mandated|cleared] to', '[is|are|was|were] due to',
];

/** A speaker who will not say: the clause asserts nothing, not even a refusal. */
export const NO_COMMENT: Terms = [
  'no comment', '[declin*|refus*] to [comment|say|confirm|elaborate|discuss|answer|specify|give]', 'would not [comment|say|confirm|elaborate|discuss]', 'did not [comment|say|confirm|respond|answer]',
  'nothing to [report|add|say|announce]', 'not commenting', 'without comment', 'will not [comment|get ahead|speculate]', 'not get ahead', 'no information', 'could not be reached',
  'did not respond', 'not [available|immediately available] for comment', 'no [details|further details] were given', 'not in a position to',
  // What a statement leaves out is not what it says: "the statement did not mention the dock that a site reported had left".
  '[did|does|do] not [mention|address|refer to]', 'made no [mention|reference]', 'said nothing [about|on|of]', '[was|were|is|are|remained] silent [on|about]',
];

/** A report called untrue: what it reports is not asserted. */
export const DENIALS: Terms = [
  'den* [reports|report|claims|claim|rumours|rumors|rumour|rumor|allegations|speculation|suggestions|media reports|that|it|this]', 'denial', 'dismiss* ... as', 'dismiss* [reports|claims|rumours|rumors|speculation]',
  'reject* [reports|claims|rumours|rumors|speculation|allegations|suggestions|statements|remarks|assertions]',
  'reject* [a|the|these|those|such] [report|reports|claim|claims|statement|statements|remarks|assertion|assertions|suggestion|suggestions|account]',
  // Whose report, in between: "rejecting a Syrian newspaper report that …", "denied a local outlet's claim".
  '[reject*|den*] [a|the|these|those|such] ... [report|reports|claim|claims|account]', 'false', 'baseless', 'untrue', 'unfounded', 'fake', 'fabricat*', 'groundless', 'no truth', 'not true',
  'nonsense', 'fiction', 'inaccurate', 'misleading', 'disinformation', 'misinformation', 'hoax', 'debunk*', 'refut*', 'no basis', 'no evidence', 'devoid of truth', 'not accurate',
  'not [correspond|correspond to|reflect] ... reality', 'at odds with reality',
  // Said against another outlet's account: "contradicting a local newspaper's report that …".
  'contradict* ... ... [report|reports|claim|claims|account|accounts]',
];

/** Words that make a sentence the report being checked, inside a fact-check. */
export const CHECKED_CLAIM: Terms = [
  'caption*', 'reads', 'it states', 'the post', 'headline*', 'claim*', '[post|posts|posted|posting]', 'video*', 'viral', 'circulat*', 'social media', 'telegram', 'rumou*', 'alleg*', 'shared', 'users', 'accounts', 'footage', 'image*', 'screenshot*', 'purport*', 'tweet*', 'x users',
];

/** How an article frames itself in its headline and lead. */
export const FACT_CHECK_FRAME: Terms = ['fact check', 'fact-check', 'factcheck', 'fact checking', 'fact-checking', 'verdict', 'we checked', 'rated false', 'rating', 'debunk*', 'viral claim*', 'what we found', 'misleading', 'fake news', 'false claim*'];
/** A piece that looks back: its dated events are recaps, not the day's news. */
export const RECAP_FRAME: Terms = ['year in review', 'the year in', 'look* back', 'a look back', 'timeline', 'explainer', 'what we know', 'recap', 'review of the year', 'how we got here', 'key moments', 'anniversary'];
/** The same, said only by a headline: in a news lead, "ending more than a year of negotiations" dates the talks, not the piece. */
export const HEADLINE_RECAP_FRAME: Terms = ['a year of', 'year of', 'months of'];
/** What makes a sentence inside a look-back current: present tense, or an explicit now. */
/** Times that place what a clause reports in the days the article covers ("on Tuesday", "yesterday"). */
export const FRESH_TIMES: Terms = [
  '[on|late on|early on|by] [monday|tuesday|wednesday|thursday|friday|saturday|sunday]', 'today', 'yesterday', 'this week', 'this morning', 'this afternoon', 'tonight', 'last night', 'overnight', 'earlier today',
];
export const NOW_MARKERS: Terms = ['now', 'today', 'this week', 'currently', 'at present', 'so far', 'still', 'is', 'are', 'has', 'have', 'remains', 'continue*', 'ongoing', 'this month', 'next', 'will'];
/** A sentence that introduces the text it comes before ("The ministry issued the following statement. Translated from Arabic."). */
export const PREAMBLE: Terms = [
  'the following [statement|text|transcript|interview|excerpt|excerpts|remarks|is|are|was|were]', 'translated from', 'unofficial translation', 'edited for [length|clarity]',
  '[has|have] been [edited|condensed|abridged]', 'full text of', 'lightly edited',
];
export const CORRECTION_FRAME: Terms = ['correction', 'corrections', 'clarification', 'earlier version of this', 'an earlier version', 'we [incorrectly|wrongly|mistakenly|erroneously]', 'this article has been [corrected|updated]', 'editor*s note'];
/** Sentences that retract what was written, wherever they stand (a live blog corrects an entry in place). */
export const RETRACTED_ALWAYS: Terms = ['earlier version', 'incorrectly', 'erroneously', 'mistakenly', 'wrongly', 'misstated', 'misreported', 'we ... [wrote|reported] that', 'entry corrected', '[earlier|previous] entry', 'corrected'];
/** Sentences in a correction that restate the error. */
export const RETRACTED: Terms = ['the [article|report|story|piece|item] ... [said|stated|reported|claimed|described|gave|misidentified]',
  // The piece corrected, named as the sentence's subject ("An article published on this site on 27 April … stated that …").
  '[a|an|the|our|this|that] [article|analysis|report|story|piece|item|dispatch|post|version|entry] [published|posted|headlined|titled|dated|which|that]', 'had [said|stated|reported]', 'earlier version', 'incorrectly', 'erroneously', 'mistakenly', 'wrongly', 'misstated', 'misidentified', 'in error', 'misreported', 'previously reported', 'originally reported'];

/** Someone named or official says so. */
export const SPEECH_VERBS: Terms = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'declared', 'confirmed', 'confirms', 'according to', 'quoted', 'insisted', 'added', 'noted',
  'wrote', 'posted', 'explained', 'stressed', 'reiterated', 'emphasised', 'emphasized', 'underlined', 'reported', 'reports', 'claimed', 'argued', 'acknowledged', 'admitted', 'revealed', 'disclosed', 'indicated', 'replied', 'answered', 'remarked',
];
/** Sources without a name. */
export const UNNAMED_SOURCES: Terms = [
  'source', 'sources', 'official* who', 'people familiar', 'person familiar', 'insider*', 'diplomat*', 'an official', 'a senior official', 'officials said', 'reportedly',
  'is said to', 'are said to', 'was said to', 'were said to', 'reports [say|said|suggest|indicate]', 'according to [reports|media|sources|people|a person|two|three|several]', 'spoke on condition of anonymity',
  'asked not to be named', 'declined to be named', 'not authorised to speak', 'not authorized to speak', 'anonymity', 'an aide', 'a person close',
];

/** Verbs whose past perfect marks a recap of what had happened before the news. */
export const PAST_PERFECT: Terms = ['had [been|already|previously|earlier|long]', 'had *ed', 'had left', 'had withdrawn', 'had signed', 'had agreed', 'had granted', 'had sent', 'had built', 'had taken', 'had made', 'had begun', 'had won'];
/** A status that holds from a past date on ("since 2017") is current, not history. */
export const CONTINUING: Terms = ['since', 'ever since', 'still', 'continu*', 'remain*', 'to this day', 'ongoing'];
/** Relative times that place an event well before the article. */
export const LONG_AGO: Terms = [
  'last year', 'years ago', 'a year ago', 'months ago', 'last [january|february|march|april|may|june|july|august|september|october|november|december]', 'earlier this year', 'last month', 'amid [a|the] ... war',
  'in the past', 'at the time', 'back then', 'previously', 'formerly', 'a decade', 'decades', 'during the war', 'during the civil war', 'in the [1990s|2000s|2010s]', 'soviet era', 'cold war',
];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The months as wire copy abbreviates them ("Jan. 12", "Sept. 2025"), in the same order; read only before a number. */
export const MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [['jan'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']];
