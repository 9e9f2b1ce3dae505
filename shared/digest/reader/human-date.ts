/*
 * Dates as a reader writes them. Digest dates are calendar days (YYYY-MM-DD) and are formatted in
 * UTC so that the day never shifts; article timestamps are shown by their UTC day too, which is
 * the day the digest files them under when the configured zone is UTC.
 */
const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue 21 Oct 2025" for 2025-10-21 (an ISO timestamp uses its UTC day); the input as given when unreadable. */
export function formatLongDate(isoDate: string): string {
  const instant = toInstant(isoDate);
  return instant === null ? isoDate : LONG.format(instant).replace(/,/g, '');
}

/** "21 Oct" for 2025-10-21. */
export function formatShortDate(isoDate: string): string {
  const instant = toInstant(isoDate);
  return instant === null ? isoDate : SHORT.format(instant);
}

function toInstant(isoDate: string): Date | null {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(isoDate)?.[0];
  if (!day) return null;
  const instant = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
