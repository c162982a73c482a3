import type { Decision, DecisionKind } from '../review/decisions';
import type { ReviewedFinding } from '../engine/acceptances';
import type { ChangeResult } from './plan-item';

// What the plan still has to do, and where decisions disagree. A decision whose change was sent
// (done, pending or unverified; undone too: the reviewer chose to put it back) is not planned
// again; one refused may be. Two decisions on one person's access to one app that ask different
// things (keep and revoke, downgrade and revoke) are shown when made, not silently resolved.

const WRITES: readonly DecisionKind[] = ['downgrade', 'revoke'];

/** Downgrade and revoke decisions on findings still in the review, with no change sent for them. */
export function leftToApply(decisions: Decision[], changes: ChangeResult[], findings: ReviewedFinding[]): Decision[] {
  const present = new Set(findings.map((f) => f.id));
  const sent = new Set(changes.filter((c) => c.status !== 'failed').map((c) => c.item.findingId));
  return decisions.filter((d) => WRITES.includes(d.kind) && present.has(d.findingId) && !sent.has(d.findingId));
}

export interface Conflict {
  app: string;
  email: string;
  decisions: Array<{ findingId: string; kind: DecisionKind }>;
}

/** Collaborations (app and person) holding decisions of different kinds, at least one a write. */
export function conflicts(decisions: Decision[], findings: ReviewedFinding[]): Conflict[] {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const groups = new Map<string, Conflict>();
  for (const d of decisions) {
    const f = byId.get(d.findingId);
    if (!f?.app || !f.person || d.kind === 'accept') continue;
    const key = `${f.app.id}:${f.person.email.toLowerCase()}`;
    const group = groups.get(key) ?? { app: f.app.name, email: f.person.email, decisions: [] };
    group.decisions.push({ findingId: d.findingId, kind: d.kind });
    groups.set(key, group);
  }
  return [...groups.values()].filter(
    (g) => new Set(g.decisions.map((d) => d.kind)).size > 1 && g.decisions.some((d) => WRITES.includes(d.kind)),
  );
}

/**
 * The writes the plan will hold, by buildPlan's own rules: one per collaboration (app and
 * person; a revoke covers a downgrade), none where a change was already sent (a downgrade left
 * after its revoke was applied plans nothing). What the Preview button counts.
 */
export function plannedWrites(decisions: Decision[], changes: ChangeResult[], findings: ReviewedFinding[]): number {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const key = (appId: string, email: string) => `${appId}:${email.toLowerCase()}`;
  const changed = new Set(changes.filter((c) => c.status !== 'failed').map((c) => key(c.item.app.id, c.item.email)));
  const writes = new Set<string>();
  for (const d of leftToApply(decisions, changes, findings)) {
    const f = byId.get(d.findingId);
    if (!f?.app || !f.person) continue; // the plan skips these too (not a person)
    const k = key(f.app.id, f.person.email);
    if (!changed.has(k)) writes.add(k);
  }
  return writes.size;
}
