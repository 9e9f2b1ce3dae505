/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone` — the day a digest belongs to. */
export function toDigestDate(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
