/**
 * Habitual and generic aspect: "Every few months, a Russian minister lands in Damascus, promises
 * to rebuild a power plant…" describes what keeps happening, not an event this article reports,
 * so it asserts no status (an op-ed's pattern is not a new offer).
 */
const HABITUAL =
  /\b(?:every (?:few |other |single |couple of )?(?:\w+ )?(?:days?|weeks?|months?|years?|winter|summer|spring|autumn|time|visit)|each (?:time|year|month|winter|summer|visit)|time and (?:time )?again|time after time|again and again|year after year|month after month|as (?:usual|ever|always)|routinely|habitually|invariably)\b/;

/** True when the sentence reports a habit or a recurring pattern rather than an event. */
export function isHabitual(normalised: string): boolean {
  return HABITUAL.test(normalised);
}
