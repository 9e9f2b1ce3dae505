import { describe, expect, it } from 'vitest';
import { resolveDigestDate, ScheduledEventSchema } from '../../shared/config/scheduled-event';

describe('resolveDigestDate', () => {
  it.each([
    ['an explicit date wins', { date: '2025-10-20', scheduledTime: '2025-11-01T07:00:00Z' }, 'UTC', '2025-10-20'],
    ['yesterday of the scheduled time', { scheduledTime: '2025-10-17T07:00:00Z' }, 'UTC', '2025-10-16'],
    ['yesterday in the configured zone, not in UTC', { scheduledTime: '2025-10-16T22:30:00Z' }, 'Asia/Damascus', '2025-10-16'],
    ['across a month end', { scheduledTime: '2025-11-01T06:00:00Z' }, 'Europe/London', '2025-10-31'],
    ['on the morning after clocks go back (a 25-hour day)', { scheduledTime: '2025-10-27T00:00:00Z' }, 'Europe/London', '2025-10-26'],
    ['on 1 March of a leap year', { scheduledTime: '2024-03-01T07:00:00Z' }, 'UTC', '2024-02-29'],
  ])('%s', (_name, event, timeZone, expected) => {
    // Act / Assess
    expect(resolveDigestDate(ScheduledEventSchema.parse(event), new Date('2030-01-01T00:00:00Z'), timeZone)).toBe(expected);
  });

  it('uses the current time when the event carries none (a manual invoke with {})', () => {
    // Act / Assess
    expect(resolveDigestDate(ScheduledEventSchema.parse({}), new Date('2025-10-18T09:00:00Z'), 'UTC')).toBe('2025-10-17');
  });

  it('refuses a malformed date', () => {
    // Act / Assess
    expect(ScheduledEventSchema.safeParse({ date: '20/10/2025' }).success).toBe(false);
  });
});
