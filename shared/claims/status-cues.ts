/**
 * Status cues per thread, from DESIGN.md's status meanings. Each cue is a pattern over a
 * normalised clause; `negatable` cues are dropped (or turned into a refusal) when a negator
 * governs them, the others already carry their own negation ("refused", "no intention of").
 */
import type { Status, Thread } from '../model/vocabulary';

export interface StatusCue<T extends Thread> {
  status: Status<T>;
  pattern: RegExp;
  negatable: boolean;
}

/** Listed by precedence: when one clause cues several statuses, the first listed wins. */
export const BASES_CUES: StatusCue<'bases'>[] = [
  { status: 'agreement_signed', negatable: true,
    pattern: /\b(?:sign(?:s|ed|ing)?|inked|conclud\w+)\b(?=.*\b(?:agreements?|protocol|treaty|accord|deal|lease)\b)|\b(?:agreements?|protocol|treaty|accord|deal|lease)\b.*\b(?:was|were|has been|had been) signed\b/ },
  { status: 'negotiating', negatable: true,
    pattern: /\b(?:talks?|discuss\w*|negotiat\w*|future of|under discussion|cent(?:red|ered) on|(?:would|will) (?:also )?cover)\b/ },
  { status: 'withdrawn', negatable: true,
    pattern: /\bthe last (?:\w+ ){0,2}(?:troops|forces|personnel|warships|ships|aircraft|soldiers)\b/ },
  { status: 'reduced', negatable: true,
    pattern: /\b(?:equipment|hardware|vehicles|batch|systems|batteries)\b[^,;]{0,40}\b(?:left|leaving|withdrawn|pulled out)\b|\b(?:withdr[ae]w\w*) (?:several|some|part|most|many|(?:naval )?vessels|ships|warships|equipment|personnel|radars?|systems?|aircraft)\b|\b(?:reduc\w+|scal\w+ (?:back|down)|drawdown|draw\w* down|cut\w*|trim\w*|downsiz\w+|dismantl\w+|airlift\w*|remov\w+|fewer)\b|\b(?:mov\w+|fl[oy]\w*|flew|ship\w*|pull\w*|ferr\w+|took|taking)\b[^,;]{0,60}?\b(?:out of|out to|away|from syria|to libya)\b/ },
  { status: 'withdrawn', negatable: true,
    pattern: /\b(?:withdr[ae]w\w*|withdrawal|pull\w* out|left|leave|leaving|abandon\w*|evacuat\w+|exit\w*|closed|closing|closes|shut)\b|\bno longer (?:has|had|have) (?:any )?(?:personnel|troops|forces|presence)\b/ },
  { status: 'expanded', negatable: true,
    pattern: /\bdeploy\w*(?: \w+){0,2} (?:additional|more|new|extra)\b|\b(?:additional|more|new|extra) (?:\w+ )?(?:troops|forces|aircraft|warships|ships|helicopters|jets|units)\b|\b(?:build-?up|reinforc\w+|expan\w+|patrol\w*|sen[dt]\w* (?:more|additional|extra))\b|\bnew (?:\w+ )?(?:base|post|outpost|site|position)s?\b|\bset up\b/ },
  { status: 'retained', negatable: true,
    pattern: /\b(?:retain\w*|remain\w*|stay\w*|keep\w*|kept|maintain(?:s|ing)?|(?:has|have) maintained|continu\w+|lease\w*|moored|access to)\b|\bstill (?:operat\w+|active|in use|running|based)\b|\bnot affected\b/ },
];

export const EXTRADITION_CUES: StatusCue<'extradition'>[] = [
  { status: 'handed_over', negatable: true,
    pattern: /\b(?:was|were|has been|have been|had been|been) (?:handed over|extradited|surrendered|deported|repatriated)\b|\b(?:has|have|had) (?:handed over|extradited|surrendered)\b/ },
  { status: 'agreed', negatable: true,
    pattern: /\bagree[ds]? to (?:extradit\w*|hand\w* (?:\w+ )?over|surrender|the extradition|return)\b|\bapprov\w+ (?:the |his |their )?extradition\b/ },
  { status: 'refused', negatable: false,
    pattern: /\b(?:refus\w+|reject\w+|denied|(?:will|would) not (?:hand|extradit|surrender|give)\w*|won't|no intention of|not (?:agreed|prepared|willing|going) to (?:hand|extradit|surrender)|asylum|under (?:\w+ ){0,2}protection|question is closed|(?:will |to )?(?:remain|stay)s? (?:in (?:moscow|russia)|there)|dismiss\w* (?:\w+ )?reports?)\b/ },
  { status: 'under_consideration', negatable: true,
    pattern: /\b(?:consider\w*|studying|stud(?:y|ies)|examin\w*|review\w*|weigh\w*|looking into)\b/ },
  { status: 'requested', negatable: true,
    pattern: /\b(?:request\w*|ask\w*|demand\w*|press(?:ing|ed|es)|call\w* for|seek\w*|sought|urg\w+|raised the (?:matter|issue|question))\b|\b(?:should|must) (?:face|stand) trial\b|\bwant\w* (?:\w+ ){0,3}(?:to )?(?:face|stand) trial\b|\bwant\w* (?:\w+ ){0,4}to (?:extradit|hand|surrender|return)\w*/ },
];

export const INVESTMENT_CUES: StatusCue<'investment'>[] = [
  { status: 'cancelled', negatable: true,
    pattern: /\b(?:cancel\w*|scrap\w*|revok\w*|terminat\w*|annul\w*|tore up|torn up|ends|ended|in favou?r of|handed back|taken back)\b|\baward\w*\b[^.;]{0,40}\bto\b/ },
  { status: 'signed', negatable: true,
    pattern: /\b(?:sign(?:s|ed|ing)?|inked)\b/ },
  { status: 'implemented', negatable: true,
    pattern: /\b(?:deliver(?:ed|s|ies)|arriv(?:ed|es)|docked|unload\w*|(?:has|have) (?:begun|started)|started|began|resum(?:ed|es|ing)|under ?way|completed|continu(?:es|ed|e) (?:to|its)|(?:has|have) been working|supplied|shipped|received|operating)\b/ },
  { status: 'proposed', negatable: true,
    pattern: /\b(?:ready to|prepared to|willing to|readiness|offer\w*|propos\w*|pledg\w*|promis\w*|discuss\w*|talks|negotiat\w*|interested in|plans? to|planned|announc\w+|initiatives|committ\w+|will (?:\w+ )?(?:deliver|provide|invest|supply|build|participate|help|extend|finance|fund|lend|send|ship|rebuild|restore|develop|construct|grant|offer)|co-?operation in)\b/ },
];

/** Words that turn a following "implemented" verb into an intention ("ready to resume"). */
export const INTENTION_BEFORE = /\b(?:to|will|shall|ready|prepared|willing|plans?|offer\w*|propos\w*|pledg\w*|promis\w*|talks|discuss\w*|interested|seeks?|wants?)\b/;
