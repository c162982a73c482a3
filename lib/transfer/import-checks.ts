import { z } from 'zod';
import type { Acceptance } from '../engine/acceptances';
import type { Decision } from '../review/decisions';
import type { HistoryEntry } from '../review/record';
import { refusal, type Refusal } from '../review/refusal';

// What an imported file says about time is checked like the command line's review file
// (lib/cli/review-file.ts) and the decide path (untilProblem in review-session.ts): a file is
// written by anyone, and an accepted risk until 9999 or a keep that outlasts the review period
// would silence a finding for good. One bad entry refuses the whole file.

const DAY_MS = 86_400_000;
/** The longest review period a policy allows (lib/policy.ts), and the longest accepted risk. */
const MAX_PERIOD_DAYS = 366;
/** Clocks of two machines differ a little: a date "later" than this is refused. */
export const CLOCK_SLACK_MS = 10 * 60_000;
const isoDateTime = z.string().datetime({ offset: true });

/** The instant an ISO date-time names, or null when it is not one (calendar checked too: no 30 February). */
export function isoInstant(s: string): number | null {
  if (!isoDateTime.safeParse(s).success) return null;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  // Only a UTC date's day can be compared with its own rendering; offsets are rare in our files.
  if (/(Z|[+-]00:?00)$/.test(s) && new Date(ms).toISOString().slice(0, 10) !== s.slice(0, 10)) return null;
  return ms;
}

/** Why this imported acceptance cannot be taken, or null. */
export function acceptanceProblem(a: Acceptance, now: Date): Refusal | null {
  const what = refusal(a.kind === 'kept' ? 'refusal.what.kept' : 'refusal.what.accepted', { id: a.findingId });
  const acceptedAt = isoInstant(a.acceptedAt);
  if (acceptedAt === null)
    return refusal('refusal.notDate', { what, field: 'acceptedAt', value: JSON.stringify(a.acceptedAt) });
  const expiresAt = isoInstant(a.expiresAt);
  if (expiresAt === null)
    return refusal('refusal.notDate', { what, field: 'expiresAt', value: JSON.stringify(a.expiresAt) });
  if (acceptedAt > now.getTime() + CLOCK_SLACK_MS)
    return refusal('refusal.acceptedFuture', { what, value: a.acceptedAt });
  if (expiresAt < acceptedAt) return refusal('refusal.expiresBefore', { what, value: a.expiresAt });
  // A keep lasts the period in force when it was made: the current policy may be shorter since,
  // so only the longest period a policy allows bounds it.
  if (expiresAt > acceptedAt + MAX_PERIOD_DAYS * DAY_MS)
    return a.kind === 'kept'
      ? refusal('refusal.keepTooLong', { what, days: MAX_PERIOD_DAYS, value: a.expiresAt })
      : refusal('refusal.riskTooLong', { what, value: a.expiresAt });
  return null;
}

/** Why this imported history entry is not a completed review to keep, or null. */
export function historyProblem(e: HistoryEntry, now: Date): Refusal | null {
  const id = e.id;
  if (e.status !== 'completed') return refusal('refusal.review.notCompleted', { id, status: e.status });
  const completedAt = e.completedAt === null ? null : isoInstant(e.completedAt);
  if (completedAt === null) return refusal('refusal.review.notDate', { id, value: JSON.stringify(e.completedAt) });
  if (completedAt > now.getTime() + CLOCK_SLACK_MS)
    return refusal('refusal.review.future', { id, value: String(e.completedAt) });
  if (!e.frozen) return refusal('refusal.review.notFrozen', { id });
  return null;
}

/** Why this imported decision's date cannot be taken, or null (its end date is checked by untilProblem). */
export function decisionProblem(d: Decision, now: Date): Refusal | null {
  const decidedAt = isoInstant(d.decidedAt);
  if (decidedAt === null)
    return refusal('refusal.decision.notDate', { id: d.findingId, value: JSON.stringify(d.decidedAt) });
  if (decidedAt > now.getTime() + CLOCK_SLACK_MS)
    return refusal('refusal.decision.future', { id: d.findingId, value: d.decidedAt });
  return null;
}
