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

/** One pattern matching any of the given phrases as whole words. */
function anyOf(...phrases: string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.join('|')})\\b`);
}

const AGREEMENT = '(?:agreements?|protocol|treaty|accord|deal|lease|memorandum)';
/** Nouns for a deal whose ending is a cancellation. */
const DEAL = '(?:deal|contract|agreement|concession|lease|licen[cs]e|arrangement|project|cooperation)';
/** An agreement is a basing one only when the clause speaks of the military presence. */
const BASING_WORDS = '(?:bas(?:e|es|ing)|airbase|naval|military|troops|forces|lease|presence|hmeimim|khmeimim|hmeymim|tart(?:u|ou)s)';
const MATERIEL = '(?:equipment|hardware|vehicles|batch|systems|batteries|radars?|helicopters|jets|aircraft|vessels|ships|warships)';

/** Listed by precedence: when one clause cues several statuses, the first listed wins. */
export const BASES_CUES: StatusCue<'bases'>[] = [
  { status: 'agreement_signed', negatable: true, pattern: anyOf(
    `(?:sign(?:s|ed|ing)?|inked|conclud\\w+|seal\\w*|ratif\\w+)(?=.*\\b${AGREEMENT}\\b)(?=.*\\b${BASING_WORDS})`,
    `${AGREEMENT}\\b.*\\b(?:was|were|has been|had been) (?:signed|ratified)`) },
  { status: 'negotiating', negatable: true, pattern: anyOf(
    'talks?', 'discuss\\w*', 'negotiat\\w*', 'consultations', 'contacts continue', 'contacts\\b[^;]{0,120}?\\b(?:are |is )?continu\\w+', 'dialogue', '(?:future|fate|terms|status|parameters) of', "'s (?:future|fate|status)",
    'under discussion', 'under review', 'no final decision', 'in principle', 'cent(?:red|ered) on', '(?:would|will) (?:also )?cover',
    'draft\\w*', '(?:being|to be) (?:drawn up|finali[sz]ed|worked out|hammered out)',
    '(?:back )?(?:to|on) the (?:negotiating )?table', '(?:joint|bilateral) (?:commission|committee|working group)') },
  { status: 'withdrawn', negatable: true, pattern: anyOf(
    'the last (?:\\w+ ){0,2}(?:troops|forces|personnel|warships|ships|aircraft|soldiers|servicemen|convoys?|units)',
    'end(?:ed|ing|s)? (?:russia\'s |its |their |the russian )?(?:military )?(?:presence|patrols)', 'pull\\w* back from') },
  { status: 'reduced', negatable: true, pattern: anyOf(
    `${MATERIEL}\\b[^,;]{0,40}\\b(?:left|leave|leaves|leaving|withdrawn|pulled out|departed)`,
    `withdr[ae]w\\w* (?:several|some|part|most|many|(?:naval )?vessels|ships|warships|equipment|personnel|radars?|systems?|aircraft)`,
    'reduc\\w+', 'scal\\w+ (?:back|down)', 'wound down', 'wind\\w* down', 'drawdown', 'dr[ae]w\\w* down', 'cut\\w*', 'trim\\w*',
    'thinn\\w+ out', 'pared back', 'slimm\\w+', 'shr[iau]nk\\w*', 'downsiz\\w+', 'dismantl\\w+', 'airlift\\w*', 'remov\\w+', 'fewer',
    'smaller (?:contingent|presence|force)', '(?:lower|slower|reduced) (?:tempo|pace|level of activity)', 'redeploy\\w*', 'relocat\\w+', '(?:sent|flown|flying|flew) home',
    'down from', '(?:has |have )?(?:fallen|fell|dropped|declined(?! to\\b))', '(?:being )?loaded (?:on ?to|onto|aboard)',
    // "pulled two ships out of Tartus" moves part of the force; "pulled out of Qamishli" (no object) left it.
    '(?:mov\\w+|fl[oy]\\w*|flew|flown|ship\\w*|pull\\w*|ferr\\w+|took|taking|towed)\\s+(?!out\\b)[^,;]{0,60}?\\b(?:out of|out to|away|from syria|to libya|home)',
    'sail\\w* (?:\\w+ ){0,2}from', 'leav\\w* only', 'only (?:\\w+ ){0,4}(?:remain\\w*|left)\\b', '(?:previously|formerly) (?:based|stationed|deployed)') },
  { status: 'withdrawn', negatable: true, pattern: anyOf(
    'withdr[ae]w\\w*', 'withdrawal', 'pull\\w* out', 'left', 'leave', 'leaving', 'vacat\\w+', 'abandon\\w*', 'evacuat\\w+',
    'exit\\w*', 'closed', 'closing', 'closes', 'shut(?: down)?', 'quit', 'departed', 'giv\\w* up',
    'no longer (?:has|had|have) (?:any )?(?:personnel|troops|forces|presence)') },
  { status: 'expanded', negatable: true, pattern: anyOf(
    'deploy\\w*(?: \\w+){0,2} (?:additional|more|new|extra)', '(?:additional|more|new|extra) (?:\\w+ )?(?:troops|forces|aircraft|warships|ships|helicopters|jets|units)',
    'build-?up', 'reinforc\\w+', '(?:bring\\w*|brought) in (?:new |more |additional |extra )?(?:\\w+ )?(?:equipment|troops|forces|aircraft|helicopters|weapons|systems)', '(?:build\\w*|construct\\w*) (?:a |an )?new', '(?:forces|troops|units|soldiers|police|russians) (?:have |has |had )?return\\w* to', 'beef\\w* up', 'boost\\w*', 'increas\\w+ (?:its|their) (?:military )?presence', 'expan\\w+', 'patrol\\w*',
    'sen[dt]\\w* (?:more|additional|extra)', 'new (?:\\w+ )?(?:base|post|outpost|site|position)s?', 'set up (?:a |an )?(?:new )?(?:\\w+ )?(?:base|post|outpost|position|checkpoint|radar|site|camp|facility)s?', 'opened a',
    '(?:has |have )?(?:risen|rose|grown|grew|doubled|tripled)', 'build\\w* up',
    '(?:flown|flew|sent|brought|moved|ferried|deployed) (?:\\w+ ){0,6}(?:troops|soldiers|forces|helicopters|aircraft|jets|personnel)(?: \\w+){0,4} (?:into|to)') },
  { status: 'retained', negatable: true, pattern: anyOf(
    // "remained under discussion" is a copula, not a presence that stays.
    'retain\\w*', 'remain\\w*(?! (?:under|unclear|uncertain|undecided|open|unresolved|to be))', 'stay\\w*', 'consolidat\\w+ (?:its|their|the) (?:\\w+ )?(?:forces|presence|troops|positions)', 'keep\\w*', 'kept', 'maintain(?:s|ing)?', '(?:has|have) maintained',
    // "talks … continuing" is negotiation; what continues must be the presence or its work.
    'continu\\w+ (?:to |as )?(?:operat\\w*|use|using|fly|flying|call|function\\w*|host\\w*|serv\\w+|normal\\w*)',
    '(?:presence|operations?|flights|deployment|base|facility) (?:\\w+ ){0,4}continu\\w+',
    'lease\\w*', 'moored', 'tied up at', 'berthed at', 'docked', 'landed at', 'access to', 'hold\\w* on to', 'still (?:operat\\w+|active|in use|running|based|present|stationed)',
    '(?:are|is) (?:still )?stationed', 'not affected',
    // "Our military is in Tartus", "the Russians are present at Hmeimim", "Russia is still there".
    '(?:military|forces|troops|navy|russians|servicemen|personnel) (?:is|are) (?:still )?(?:present )?(?:in|at)\\b', '(?:is|are) (?:still )?present (?:in|at)\\b',
    'still (?:there|here|fly\\w*|flies|flew|us\\w+)', '(?:is|are) "?(?:functioning|operating normally|operational)',
    'continu\\w+ (?:to )?(?:carry out|perform|fulfil\\w*) (?:its|their)') },
];

/** What follows "consider(s) the question of his extradition …" when it is a verdict. */
const CLOSED_VERDICT = '(?:[\\w\'-]+ ){0,8}?(?:closed|settled|resolved|over|final)\\b';

export const EXTRADITION_CUES: StatusCue<'extradition'>[] = [
  { status: 'handed_over', negatable: true, pattern: anyOf(
    '(?:was|were|has been|have been|had been|been) (?:handed over|extradited|surrendered|deported|repatriated|transferred|sent back|returned)',
    '(?:has|have|had) (?:handed over|extradited|surrendered|deported)', 'transferred to syrian custody',
    '(?:deported|extradited|handed over|surrendered|transferred|sent back)\\b[^,;]{0,80}\\bto (?:damascus|syria|the syrian)',
    // Headlines and conditions use the present: "Russia hands two officers to Damascus", "unless Russia hands over Assad".
    '(?:hands|extradites|surrenders|deports) (?:\\w+ ){0,5}(?:over|to (?:damascus|syria))') },
  { status: 'agreed', negatable: true, pattern: anyOf(
    'agree[ds]? to (?:extradit\\w*|hand\\w* (?:\\w+ )?over|surrender|the extradition|return|send)',
    'approv\\w+ (?:the |his |their )?(?:extradition|handover|transfer)', 'consent\\w* to', 'green light', 'cleared the way for') },
  { status: 'refused', negatable: false, pattern: anyOf(
    'refus\\w+', 'reject\\w+', 'denied', 'turn\\w* down', 'rul\\w+ out', 'not on the agenda', 'out of the question',
    '(?:will|would) not (?:hand|extradit|surrender|return)\\w*', '(?:will|would) not give (?:(?:him|her|them|(?:bashar )?(?:al-)?assad) )?(?:up|over|back)(?! the\\b)', '(?:will|would) not be (?:handed over|extradited|surrendered|returned|sent back)',
    '(?:for|on) (?:purely )?humanitarian (?:reasons|grounds)', '(?:position|stance) (?:on \\w+ )?(?:\\w+ ){0,3}(?:has|had|have) not changed', 'not changed (?:its|our|their) (?:position|stance)', 'won\'t', 'no intention of',
    'not (?:agreed|prepared|willing|going) to (?:hand|extradit|surrender)', 'not (?:yet )?(?:agreed|acceded|consented) to (?:\\w+ ){0,2}(?:requests?|demands?)', 'asylum', 'refuge', 'shield\\w*',
    'under (?:\\w+ ){0,2}protection', 'question is closed', '(?:will |to )?(?:remain|stay)s? (?:in (?:moscow|russia)|there)',
    'dismiss\\w* (?:\\w+ )?(?:reports?|demands?|calls?)',
    // "consider the question closed" is a verdict, not a deliberation.
    `consider\\w* ${CLOSED_VERDICT}`, 'not open (?:for|to) (?:discussion|debate)') },
  { status: 'under_consideration', negatable: true, pattern: anyOf(
    `consider\\w*(?! ${CLOSED_VERDICT})(?! (?:[\\w'"-]+ ){0,6}?to be\\b)`, '(?:made|taken|reached) no (?:final )?decision', 'no (?:final )?decision (?:has been |had been |was )?(?:made|taken|yet)',
    'not (?:yet )?decided', 'yet to decide', 'studying', 'stud(?:y|ies)', 'examin\\w*', 'review\\w*', 'weigh\\w*', 'looking into', 'mull\\w*', 'assess\\w*', 'evaluat\\w+') },
  { status: 'requested', negatable: true, pattern: anyOf(
    'request\\w*', 'ask\\w*', 'demand\\w*', 'press(?:ing|ed|es)', 'call\\w* for', 'seek\\w*', 'sought', 'urg\\w+',
    'raised the (?:matter|issue|question)', '(?:was|were|been) raised', 'red notice', '(?:should|must) (?:face|stand) trial',
    'want\\w* (?:\\w+ ){0,3}(?:to )?(?:face|stand) trial', 'want\\w* (?:\\w+ ){0,4}to (?:extradit|hand|surrender|return)\\w*',
    '(?:wants?|wanted) (?:him |her |them )?(?:extradited|handed over|returned|sent back)') },
];

export const INVESTMENT_CUES: StatusCue<'investment'>[] = [
  { status: 'cancelled', negatable: true, pattern: anyOf(
    'cancel\\w*', 'scrap\\w*', 'revok\\w*', 'terminat\\w*', 'annul\\w*', 'tore up', 'torn up',
    // What ends must be the deal ("the contract ended", "ended the lease"), not a forum or a visit.
    `${DEAL}s? (?:\\w+ ){0,3}end(?:s|ed)\\b`, `end(?:s|ed) (?:\\w+ ){0,2}${DEAL}`,
    'in favou?r of', 'handed back', 'taken back', 'pull\\w* the plug', 'collaps\\w+', 'fell through', 'suspend\\w*', 'withdr[ae]w\\w*',
    // "has frozen the agreement", not "frozen assets".
    'froze', '(?:been|was|were|is|are|has|have) (?:\\w+ )?frozen',
    'replac\\w+ by', 'replac\\w+ (?:a |an |the )?(?:russian|russia\'s)', 'strip\\w+ of', 'walk\\w* away from', 'pull\\w* out of', '(?:is|was|were) off', 'called off',
    // Awarded to someone else; an award to a Russian company is a signature (below).
    'award\\w*\\b[^.;]{0,60}\\bto (?!(?:a |an |the )?russia)(?:a |an |the )?(?:\\w+[- ]){0,3}(?:company|firm|consortium|group|operator|rival|competitor|dp world)') },
  { status: 'signed', negatable: true, pattern: anyOf(
    'sign(?:s|ed|ing)?', 'inked', 'seal\\w*', 'struck', 'clinch\\w*', 'award\\w* (?:a |an |the )?(?:russian|russia\'s)') },
  { status: 'implemented', negatable: true, pattern: anyOf(
    'deliver(?:ed|s|ies)', 'arriv(?:ed|es)', 'docked', 'unload\\w*', 'offload\\w*', 'landed', 'discharged', '(?:has|have) (?:begun|started)', 'started', 'began', 'launched',
    'commissioned', 'opened', 'reach(?:es|ed)? (?:\\w+ ){0,2}(?:ports?|syria|latakia|tart(?:u|ou)s|baniyas)', 'resum(?:ed|es|ing)', 'under ?way', 'completed', 'continu(?:es|ed|e) (?:to|its)', '(?:has|have) been (?:working|supplying)',
    'supplied', 'shipped', 'received', 'operating', 'in operation', 'put into (?:circulation|service|operation)', 'broke ground',
    '(?:trains?|flights?|services|buses|ferries) (?:\\w+ ){0,4}(?:ran|run|running)',
    '(?:is|are|was|were|has been|have been) (?:already |still )?(?:sending|supplying|shipping|delivering)') },
  { status: 'proposed', negatable: true, pattern: anyOf(
    'ready to', 'prepared to', 'willing to', 'readiness', 'offer\\w*', 'propos\\w*', 'pledg\\w*', 'promis\\w*', 'discuss\\w*', 'talks',
    'negotiat\\w*', 'interested in', 'express\\w* interest', 'eye\\w*', 'bid', 'plans? to', 'planned', 'announc\\w+', 'initiatives',
    'want\\w* to',
    '(?:pay|pays|paying) (?:\\w+ ){0,2}(?:compensation|reparations)', '(?:demand|claim|seek)\\w* (?:\\w+ ){0,2}(?:compensation|reparations)',
    'committed to', 'commitments? to', 'co-?operation in', '(?:will|would|to) help (?:to )?(?:rebuild|build|restore|develop|moderni[sz]e|repair|reconstruct)',
    '(?:will|would) (?:\\w+ )?(?:deliver|provide|invest|supply|build|participate|extend|finance|fund|lend|send|ship|rebuild|restore|develop|construct|grant|offer)') },
];

/** Words that turn a following done-verb into an intention ("ready to resume", "will be annulled"). */
export const INTENTION_BEFORE = /\b(?:to|will|would|shall|ready|prepared|willing|plans?|offer\w*|propos\w*|pledg\w*|promis\w*|talks|discuss\w*|interested|seeks?|wants?)\b/;
