import { z } from 'zod';
import { toDigestDate } from '../model/dates';

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * The payload EventBridge Scheduler sends to the poll, digest and send functions (infra sets it
 * with the scheduler's context attributes). An operator replaying a day invokes digest or send
 * with just `{ "date": "YYYY-MM-DD" }`.
 */
export const ScheduledEventSchema = z.object({
  source: z.literal('sitrep.scheduler').optional(),
  job: z.enum(['poll', 'digest', 'send']).optional(),
  scheduledTime: z.iso.datetime({ offset: true }).optional(),
  executionId: z.string().optional(),
  date: DateSchema.optional(),
});
export type ScheduledEvent = z.infer<typeof ScheduledEventSchema>;

/**
 * The digest day an event is about: its explicit `date`, else the day before the scheduled time
 * in `timeZone` (the digest runs in the morning for the whole of yesterday). Calendar arithmetic
 * on the date, not "minus 24 hours", so a daylight-saving change cannot skip or repeat a day.
 */
export function resolveDigestDate(event: ScheduledEvent, now: Date, timeZone: string): string {
  if (event.date) return event.date;
  const today = toDigestDate(event.scheduledTime ? new Date(event.scheduledTime) : now, timeZone);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
