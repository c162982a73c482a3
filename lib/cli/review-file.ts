import { readFile } from 'node:fs/promises';
import { Acceptance } from '../engine/acceptances';
import { acceptanceOf } from '../review/decisions';
import { ReviewRecord } from '../review/record';
import { decisionProblem } from '../transfer/import-checks';
import { refusalText } from '../review/refusal';
import { UsageError } from './args';

// `--review file.json`: a review exported by the extension (its JSON export). Its accepted
// risks count here too, until they expire, so a CI job does not fail on a risk the team took
// knowingly: those accepted with a justification, the "accept until" decisions, and the reasoned
// "keep" decisions until the review's own policy period ends (shown as kept).

export async function acceptancesFromReview(file: string): Promise<Acceptance[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the review ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = ReviewRecord.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${file} is not a review exported by the extension (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
    );
  }
  const record = parsed.data;
  // A "keep" counts from decidedAt: a date that is none would end in a RangeError stack trace.
  for (const d of record.decisions) {
    const problem = decisionProblem(d, new Date());
    if (problem) throw new UsageError(`${file}: ${refusalText(problem)}`);
  }
  const fromDecisions = record.decisions.flatMap(
    (d) => acceptanceOf(d, record.reviewer.email, record.policy.reviewPeriodDays) ?? [],
  );
  // The same risk accepted both ways: the later end date counts. None runs over a year from when
  // it was accepted, as in the extension (a hand-edited file cannot accept a risk for ever).
  const now = Date.now();
  const byId = new Map<string, Acceptance>();
  for (const raw of [...record.acceptances, ...fromDecisions]) {
    const a = withCheckedDates(raw, file, now);
    const known = byId.get(a.findingId);
    if (!known || known.expiresAt < a.expiresAt) byId.set(a.findingId, a);
  }
  return [...byId.values()];
}

/** Clocks of two machines differ a little: an acceptance made "later" than this is refused. */
const CLOCK_SLACK_MS = 10 * 60_000;
const YEAR_MS = 366 * 86_400_000;

/**
 * Dates read as dates (never compared as strings), in years that make sense (2000 to next
 * year), never accepted in the future; the cap counts from the earlier of acceptedAt and now,
 * so a date to come cannot stretch it. Returned as ISO strings.
 */
function withCheckedDates(a: Acceptance, file: string, now: number): Acceptance {
  const fail = (why: string) => new UsageError(`${file}: the accepted risk ${a.findingId}: ${why}`);
  const read = (field: 'acceptedAt' | 'expiresAt') => {
    const ms = Date.parse(a[field]);
    if (Number.isNaN(ms)) throw fail(`${field} ${JSON.stringify(a[field])} is not a date`);
    const year = new Date(ms).getUTCFullYear();
    if (year < 2000 || year > new Date(now).getUTCFullYear() + 1)
      throw fail(`${field} ${JSON.stringify(a[field])} is not a plausible date`);
    return ms;
  };
  const acceptedAt = read('acceptedAt');
  const expiresAt = read('expiresAt');
  if (acceptedAt > now + CLOCK_SLACK_MS) throw fail(`acceptedAt ${JSON.stringify(a.acceptedAt)} is in the future`);
  const cap = Math.min(acceptedAt, now) + YEAR_MS;
  return {
    ...a,
    acceptedAt: new Date(acceptedAt).toISOString(),
    expiresAt: new Date(Math.min(expiresAt, cap)).toISOString(),
  };
}
