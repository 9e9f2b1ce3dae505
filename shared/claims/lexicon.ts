/**
 * Word lists that tie a sentence to the storyline, a thread and a subject. Patterns match
 * lower-cased text with straight quotes (see normaliseSentence).
 */
import type { Subject } from '../model/vocabulary';

/** A party on the Russian side: the state, its officials and its state companies. */
export const RUSSIAN_PARTY =
  /\b(russia|russia's|russian|russians|moscow|kremlin|putin|lavrov|peskov|novak|bogdanov|shoigu|stroytransgaz|goznak|rosatom|novatek|gazprom|rosneft|lukoil|zarubezhneft|rostec|aeroflot|tass|ria)\b/;

/** A non-Russian party that makes an investment sentence someone else's deal. */
export const FOREIGN_PARTY =
  /\b(dp world|emirati|united arab emirates|uae|qatar\w*|saudi\w*|turkish|turkey|chinese|china|american|u\.s\.|european|gulf)\b/;

const SYRIA_CONTEXT =
  /\b(syria|syria's|syrian|syrians|damascus|assad|al-sharaa|sharaa|latakia|tart(?:u|ou)s|k?hmei?mim|khmeimim|hmeymim|humaymim|aleppo|homs|hama|idlib|daraa|deraa|quneitra|sweida|suwayda|qamishli|deir ez-zor|baniyas|palmyra)\b/;

/** Places abroad where Russia also bases forces or does deals: a clause set there is not about Syria. */
const FOREIGN_PLACES =
  /\b(libya|libyan|tobruk|benghazi|al-khadim|sudan|sudanese|egypt|egyptian|algeria|mali|niger|burkina faso|central african republic|cyprus|lebanon|lebanese|iraq|iran|turkey|eritrea|venezuela|belarus)\b/;

/** True when the clause is set abroad and names no Syrian place ("a naval point at Port Sudan"). */
export function isSetAbroad(clause: string): boolean {
  return FOREIGN_PLACES.test(clause) && !SYRIA_CONTEXT.test(clause);
}

/** True when the whole text is about Syria and Russia together (the storyline gate). */
export function isStorylineText(text: string): boolean {
  const lower = text.toLowerCase();
  return SYRIA_CONTEXT.test(lower) && RUSSIAN_PARTY.test(lower);
}

export const TARTUS = /\btart(?:u|ou|ū)s\b/;
export const HMEIMIM = /\b(?:k?hmeimim|k?hmeymim|humaymim|hmaymim|khmeimim)\b/;
/** Tartus as a commercial port or a rail end is an investment subject, not the naval base. */
const CIVIL_TARTUS =
  /\b(?:(?:commercial )?port of tart(?:u|ou)s|tart(?:u|ou)s(?: commercial)? port|tart(?:u|ou)s-\w+ (?:railway|line|road))\b/g;

export const MILITARY_TERMS =
  /\b(bases?|basing|naval (?:base|facility|logistics point|pier|outpost|presence)|air ?bases?|airbase|military (?:presence|bases?|police|footprint|hardware|facilit(?:y|ies))|(?:russian|russia's) presence|troops|forces|warships?|frigates?|submarines?|naval vessels|patrol\w*|deploy\w*|air defen[cs]e|aircraft|helicopters|fighter jets|personnel|outposts?|posts|positions|armou?red vehicles|installations?|strategic sites)\b/;

/** Generic place words: a clause using them speaks of bases in general, not of the named ones. */
export const GENERIC_SITES =
  /\b(bases|posts?|outposts?|positions|sites?|(?:its|their) presence in syria)\b|\ban? (?:\w+ )?(?:base|airfield|facility)\b/;

/** Russia's only naval facility in Syria is at Tartus: "the naval base" means it. */
const RUSSIAN_NAVAL_FACILITY = /\bthe (?:russian |syrian |syria's )?(?:naval (?:base|facility|logistics point)|navy base)\b/;

/** The named bases in a clause (tartus, hmeimim), ignoring Tartus the commercial port. */
export function findNamedBases(clause: string): Subject<'bases'>[] {
  const military = TARTUS.test(clause) ? clause.replace(CIVIL_TARTUS, ' ') : clause;
  const found: Subject<'bases'>[] = [];
  if (TARTUS.test(military) || RUSSIAN_NAVAL_FACILITY.test(military)) found.push('tartus');
  if (HMEIMIM.test(military)) found.push('hmeimim');
  return found;
}

export const EXTRADITION_TOPIC =
  /\b(extradit\w*|humanitarian (?:reasons|grounds)|wanted (?:persons|people|individuals|men|suspects)|demands?|hand(?:ed|ing|s)? (?:\w+ )?(?:over|to)|handover|surrender\w*|asylum|refuge|(?:face|stand) trial|requests?|protection|custody|deport\w*|red notice|return\w*|send (?:\w+ )?back)\b/;
/** Assad's aides and relatives are other former-regime figures, not Assad himself. */
const ASSAD_ENTOURAGE =
  /\b(?:aides|associates|loyalists|relatives|officials|officers|generals|figures) (?:of|to|close to) (?:bashar )?(?:al-)?assad\b|\bassad (?:aides|associates|loyalists|relatives|officials|officers|generals)\b/;
/**
 * Assad's kin ("his brother Maher", "Bashar al-Assad's cousins", "Maher al-Assad", "the Assad
 * family") are other former-regime figures: the surname alone does not make the subject Assad.
 */
const ASSAD_KIN =
  /\b(?:(?:(?:bashar )?(?:al-)?assad's|his|the (?:former|deposed|ousted) (?:president|leader)'s) (?:\w+ )?(?:brothers?|sisters?|wife|sons?|daughters?|cousins?|uncles?|nephews?|relatives|in-laws?|family members)|(?:brothers?|sisters?|wife|sons?|daughters?|cousins?|uncles?|nephews?|relatives|members) of (?:the )?(?:(?:former|deposed|ousted) (?:president|leader)|(?:bashar )?(?:al-)?assad(?: family)?)|(?:maher|asma|rifaat|hafez|bushra|basel|rami) (?:al-)?(?:assad|makhlouf)|(?:the )?assad (?:family|clan)|makhlouf)\b/g;
const ASSAD = /\b(assad|former president|(?:ousted|deposed) (?:president|leader))\b/;
const OTHER_FIGURES =
  /\b(?:former (?:\w+ ){0,4}(?:officers?|officials?|generals?|colonels?|ministers?|figures?|commanders?|chiefs?|heads?|governors?|directors?|judges?|businessm[ae]n|aides)|old regime|regime (?:figures?|officials?|officers?)|individuals|officers|wanted (?:persons|people|men|suspects))\b/;

/**
 * "since the fall of Bashar al-Assad", "after Assad's ouster", "post-Assad", "before the fall of
 * the regime": a point in time, which names Assad without making him the one to hand over.
 */
const FALL_OF_ASSAD =
  /\b(?:(?:since|after|before|following|until|with) (?:the )?(?:fall|ouster|overthrow|collapse|flight|toppling|end|removal) of (?:(?:the )?(?:former )?(?:president |leader |ruler )?(?:bashar )?(?:al-)?assad(?: regime| government|'s (?:regime|government|rule))?|the (?:former |old )?regime)|(?:since|after|before|following|until) (?:bashar )?(?:al-)?assad's (?:fall|ouster|overthrow|flight|toppling|removal)|post-assad)\b/g;

/** The clause without time expressions built on Assad's fall. */
export function dropFallOfAssad(clause: string): string {
  return clause.replace(FALL_OF_ASSAD, ' ');
}

/**
 * Who a clause says should be handed over: Assad, other former-regime figures (his aides and kin
 * included), both ("Assad and his brother Maher"), or nobody named.
 */
export function findExtraditionSubjects(text: string): Subject<'extradition'>[] {
  const clause = dropFallOfAssad(text);
  const withoutKin = clause.replace(ASSAD_KIN, ' ');
  const kin = withoutKin !== clause || ASSAD_ENTOURAGE.test(clause);
  const assad = !ASSAD_ENTOURAGE.test(clause) && ASSAD.test(withoutKin);
  // "all individuals …, most notably Bashar Assad": a generic group named with Assad is about him.
  const others = kin || (!assad && OTHER_FIGURES.test(withoutKin));
  return [...(assad ? ['assad' as const] : []), ...(others ? ['other' as const] : [])];
}

/** The first subject `findExtraditionSubjects` finds, Assad before others. */
export function findExtraditionSubject(clause: string): Subject<'extradition'> | null {
  return findExtraditionSubjects(clause)[0] ?? null;
}

const SHIPMENT = /\b(ship\w*|send\w*|sent|deliver\w*|suppl\w+|tankers?|cargo\w*|unload\w*|dock\w*|import\w*|export\w*|barrels|tons|tonnes|arriv\w+|reach(?:es|ed)?)\b/;
// "trade payments" and "trade finance" are banking, not goods.
export const STAPLES = /\b(wheat|grain|flour|food\w*|medicines?|medication|trade(?![- ](?:payments|settlements|finance))|supplies|cargoes)\b/;
const BULK_GOODS = /\b(fertili[sz]ers?|phosphates?|cement|steel|goods)\b/;
export const FUELS = /\b(fuel|diesel|petrol|crude|oil)\b/;
const ENERGY =
  /\b(oil ?fields?|(?:oil|gas) (?:fields?|sector|plants?|processing)|gas-fired|gas|fields|power (?:plants?|stations?|generation|lines?|grid)|grid|transmission lines?|dams?|hydro\w*|electricity|energy|nuclear|refiner\w*|pipelines?)\b/;
const PORT = /\b(?:ports?|terminals?)\b/;
/** "a grain terminal" is port infrastructure, not a shipment of grain. */
const GOODS_TERMINAL = /\b(?:grain|wheat|container|cargo) (?=terminals?\b)/g;
const PORT_BUSINESS = /\b(contract|manag\w*|concession|operat\w*|invest\w*|develop\w*|expan\w*|run|upgrade\w*|award\w*|moderni[sz]\w*|rebuil\w*|rehabilitat\w*|renovat\w*|repair\w*)\b/;
const TRANSPORT = /\b(rail\w*|trains?|roads?|airports?|airlines?|flights|aviation|transport|bridges?|highways?)\b/;
const FINANCE = /\b(credit(?: line)?|loans?|debts?|lend\w*|banknotes?|currency|goznak|banks?|banking|compensation|reparations|financ\w+)\b/;
const OTHER_SECTORS = /\b(phosphate|fertili[sz]er|tourism|health\w*|hospitals?|schools?|education|cultur\w*|humanitarian|mining|mines?)\b/;
/** Digging it out: phosphate that is mined is a sector even when its output is shipped. */
const EXTRACTION = /\b(?:mine|mines|mining|extract\w*|produc\w+)\b/;
const GENERIC_INVESTMENT = /\b(invest\w*|deals?|contracts?|reconstruction|projects?|agreements on|mou?s|memorand\w+)\b/;
/** Words that name who speaks or where, not what the deal is about ("the energy ministry said", "at Damascus airport"). */
const NOT_A_SUBJECT =
  /\b(?:(?:energy|oil|petroleum|transport|trade|economy|finance|electricity) (?:ministry|minister|ministers|tsar)|(?:at|to|from|via|in|into|through|out of|near) (?:the )?(?:\w+ ){0,2}(?:airport|refinery|terminal)|transport (?:and \w+ )?(?:aircraft|planes?|ships?|helicopters?|vessels?)|(?:aviation|air) group|military (?:aviation|transport)|port (?:administration|authority|authorities|officials?|workers)|(?:moored|docked|berthed|arrived|unloaded|discharged|anchored) (?:\w+ ){0,2}(?:in|at|into) (?:the )?(?:\w+ )?ports? of \w+|(?:linking|connecting|that links|which links) [^,;]*|diesel(?:-electric)? (?:locomotives?|engines?|generators?))\b/g;

/** True when the text names a sector of its own (phosphate, tourism…), not just "the contract". */
export function namesOtherSector(text: string): boolean {
  return OTHER_SECTORS.test(text.replace(NOT_A_SUBJECT, ' '));
}

/** Any word an investment subject is found by: one scan that lets most bases and extradition text out early. */
const ECONOMIC_WORD = new RegExp(
  [SHIPMENT, STAPLES, BULK_GOODS, FUELS, ENERGY, PORT, TRANSPORT, FINANCE, OTHER_SECTORS, GENERIC_INVESTMENT].map((pattern) => pattern.source).join('|'),
);

/** True when the text names any economic matter at all (goods, cargo, a sector, a deal). */
export function mentionsEconomicMatter(text: string): boolean {
  return ECONOMIC_WORD.test(text);
}

/** The investment subjects a clause speaks of; empty when it names no economic matter. */
export function findInvestmentSubjects(text: string): Subject<'investment'>[] {
  if (!ECONOMIC_WORD.test(text)) return [];
  const clause = text.replace(NOT_A_SUBJECT, ' ').replace(GOODS_TERMINAL, '');
  const found: Subject<'investment'>[] = [];
  const shipped = SHIPMENT.test(clause);
  // A cargo of oil is trade (DESIGN.md: shipments of fuel); oilfields and plants are energy.
  if (STAPLES.test(clause) || (shipped && (FUELS.test(clause) || BULK_GOODS.test(clause)))) found.push('trade');
  const energyText = shipped ? clause.replace(/\b(fuel|diesel|petrol|crude|oil)\b/g, ' ') : clause;
  if (ENERGY.test(energyText) || (!shipped && FUELS.test(clause))) found.push('energy');
  if (PORT.test(clause) && PORT_BUSINESS.test(clause)) found.push('port');
  if (TRANSPORT.test(clause)) found.push('transport');
  if (FINANCE.test(clause)) found.push('finance');
  // Shipped fertiliser is trade, a fertiliser plant is another sector.
  const sectorText = shipped && !EXTRACTION.test(clause) ? clause.replace(new RegExp(BULK_GOODS.source, 'g'), ' ').replace(/\bhumanitarian\b/g, ' ') : clause;
  if (OTHER_SECTORS.test(sectorText) || (found.length === 0 && GENERIC_INVESTMENT.test(clause))) found.push('other');
  return found;
}
