import { z } from 'zod';
import type { Acceptance } from '../engine/acceptances';
import type { Decision } from '../review/decisions';
import type { HistoryEntry } from '../review/record';

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
export function acceptanceProblem(a: Acceptance, now: Date): string | null {
  const what = `the ${a.kind === 'kept' ? 'kept finding' : 'accepted risk'} ${a.findingId}`;
  const acceptedAt = isoInstant(a.acceptedAt);
  if (acceptedAt === null) return `${what}: acceptedAt ${JSON.stringify(a.acceptedAt)} is not a date`;
  const expiresAt = isoInstant(a.expiresAt);
  if (expiresAt === null) return `${what}: expiresAt ${JSON.stringify(a.expiresAt)} is not a date`;
  if (acceptedAt > now.getTime() + CLOCK_SLACK_MS) return `${what}: acceptedAt ${a.acceptedAt} is in the future`;
  if (expiresAt < acceptedAt) return `${what}: expiresAt ${a.expiresAt} is before acceptedAt`;
  // A keep lasts the period in force when it was made: the current policy may be shorter since,
  // so only the longest period a policy allows bounds it.
  if (expiresAt > acceptedAt + MAX_PERIOD_DAYS * DAY_MS)
    return a.kind === 'kept'
      ? `${what}: a keep lasts at most one review period (${MAX_PERIOD_DAYS} days), but expiresAt is ${a.expiresAt}`
      : `${what}: an accepted risk ends within a year, but expiresAt is ${a.expiresAt}`;
  return null;
}

/** Why this imported history entry is not a completed review to keep, or null. */
export function historyProblem(e: HistoryEntry, now: Date): string | null {
  const what = `the review ${e.id}`;
  if (e.status !== 'completed') return `${what} is not a completed review (${e.status})`;
  const completedAt = e.completedAt === null ? null : isoInstant(e.completedAt);
  if (completedAt === null) return `${what}: completedAt ${JSON.stringify(e.completedAt)} is not a date`;
  if (completedAt > now.getTime() + CLOCK_SLACK_MS) return `${what} was completed in the future (${e.completedAt})`;
  if (!e.frozen) return `${what} has no frozen exports`;
  return null;
}

/** Why this imported decision's date cannot be taken, or null (its end date is checked by untilProblem). */
export function decisionProblem(d: Decision, now: Date): string | null {
  const decidedAt = isoInstant(d.decidedAt);
  if (decidedAt === null)
    return `the decision on ${d.findingId}: decidedAt ${JSON.stringify(d.decidedAt)} is not a date`;
  if (decidedAt > now.getTime() + CLOCK_SLACK_MS)
    return `the decision on ${d.findingId} was made in the future (${d.decidedAt})`;
  return null;
}
