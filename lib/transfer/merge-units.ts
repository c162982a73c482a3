import type { Acceptance } from '../engine/acceptances';
import { acceptanceOf, type Decision } from '../review/decisions';
import { refusal, type Refusal } from '../review/refusal';

// A decision and the acceptance it stands for ("keep" for a review period, "accept until") are
// one unit per finding: an import takes the newer unit whole, or leaves it whole. Merged apart,
// a newer "revoke" here could meet an older "keep"'s acceptance from the file, and the finding
// would show as reviewed while its access is being removed. A keep that outlived its completed
// review is a unit of its acceptance alone.

interface Unit {
  decision?: Decision;
  acceptance?: Acceptance;
}
export interface Decided {
  decisions: Decision[];
  acceptances: Acceptance[];
}

function units({ decisions, acceptances }: Decided): Map<string, Unit> {
  const byFinding = new Map<string, Unit>();
  for (const d of decisions) byFinding.set(d.findingId, { decision: d });
  for (const a of acceptances) byFinding.set(a.findingId, { ...byFinding.get(a.findingId), acceptance: a });
  return byFinding;
}

/** When the unit was last decided: its decision's date, else its acceptance's. */
const at = (u: Unit) =>
  Math.max(Date.parse(u.decision?.decidedAt ?? '') || 0, Date.parse(u.acceptance?.acceptedAt ?? '') || 0);

/** Per finding, the newer unit (ours on a tie); counts the parts taken from theirs. */
export function mergeUnits(ours: Decided, theirs: Decided) {
  const merged = units(ours);
  let decisionsTaken = 0;
  let acceptancesTaken = 0;
  for (const [id, unit] of units(theirs)) {
    const mine = merged.get(id);
    if (mine && at(unit) <= at(mine)) continue;
    merged.set(id, unit);
    if (unit.decision) decisionsTaken++;
    if (unit.acceptance) acceptancesTaken++;
  }
  const all = [...merged.values()];
  return {
    decisions: all.flatMap((u) => (u.decision ? [u.decision] : [])),
    acceptances: all.flatMap((u) => (u.acceptance ? [u.acceptance] : [])),
    decisionsTaken,
    acceptancesTaken,
  };
}

/**
 * Why the file's decisions and acceptances do not form units, or null: a file is written by
 * anyone. A reasoned keep's missing acceptance is filled in before (lib/review/keep-fill.ts).
 */
export function unitProblem({ decisions, acceptances }: Decided, reviewPeriodDays: number): Refusal | null {
  const accepted = new Map(acceptances.map((a) => [a.findingId, a]));
  for (const d of decisions) {
    const a = accepted.get(d.findingId);
    const expected = acceptanceOf(d, a?.by ?? '', reviewPeriodDays);
    const what = refusal('refusal.unit.what', { kind: d.kind, id: d.findingId });
    if (expected && !a) return refusal('refusal.unit.missing', { what });
    if (!expected && a) return refusal('refusal.unit.contradicts', { what });
    if (expected && a) {
      const same =
        (a.kind ?? 'accepted') === (expected.kind ?? 'accepted') &&
        a.justification === expected.justification &&
        a.acceptedAt === expected.acceptedAt;
      if (!same) return refusal('refusal.unit.mismatch', { what });
      // Otherwise a keep could run for years beside a decision that stands for one period.
      if (a.expiresAt !== expected.expiresAt)
        return refusal('refusal.unit.expires', { what, value: a.expiresAt, expected: expected.expiresAt });
    }
  }
  return null;
}

/** The acceptances, each keep whose decision is gone ended at the latest `reviewPeriodDays` after it was made. */
export function capKeeps({ decisions, acceptances }: Decided, reviewPeriodDays: number): Acceptance[] {
  const decided = new Set(decisions.map((d) => d.findingId));
  return acceptances.map((a) => {
    if (a.kind !== 'kept' || decided.has(a.findingId)) return a;
    const end = Date.parse(a.acceptedAt) + reviewPeriodDays * 86_400_000;
    return Date.parse(a.expiresAt) > end ? { ...a, expiresAt: new Date(end).toISOString() } : a;
  });
}
