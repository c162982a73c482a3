import type { ReviewedFinding } from '../engine/acceptances';
import type { Decision, DecisionKind } from './decisions';

// The decision a finding's suggested action stands for, and the bulk groups built on it:
// "every stale invitation" (per rule) and "bruno everywhere it is suggested" (per person).
// Only role changes are suggested decisions: keeping or accepting a risk needs a person's why.

/** Downgrade or revoke when the finding suggests it on a person's collaboration; else null. */
export function suggestedDecision(f: ReviewedFinding): DecisionKind | null {
  if (f.person?.collaboratorId == null || f.app === null) return null;
  if (f.action === 'downgrade') return 'downgrade';
  if (f.action === 'revoke' || f.action === 'remove') return 'revoke';
  return null;
}

export interface BulkGroup {
  /** `rule:<id>` or `person:<email>`. */
  key: string;
  kind: 'rule' | 'person';
  /** The rule id or the person's e-mail. */
  value: string;
  findings: ReviewedFinding[];
}

/** Open, undecided findings with a suggested decision, grouped by rule and by person; biggest first. */
export function bulkGroups(findings: ReviewedFinding[], decisions: Decision[]): BulkGroup[] {
  const decided = new Set(decisions.map((d) => d.findingId));
  const groups = new Map<string, BulkGroup>();
  const add = (kind: BulkGroup['kind'], value: string, f: ReviewedFinding) => {
    const key = `${kind}:${value}`;
    const g = groups.get(key) ?? { key, kind, value, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  };
  for (const f of findings) {
    if (f.state !== 'open' || decided.has(f.id) || !suggestedDecision(f)) continue;
    add('rule', f.rule, f);
    add('person', f.person!.email.toLowerCase(), f);
  }
  return [...groups.values()].sort(
    (a, b) => b.findings.length - a.findings.length || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value),
  );
}

/** The decisions that apply each finding's suggested action (findings without one are left out). */
export function suggestedDecisions(
  findings: ReviewedFinding[],
): { findingId: string; kind: DecisionKind; justification: string; until: null }[] {
  return findings.flatMap((f) => {
    const kind = suggestedDecision(f);
    return kind ? [{ findingId: f.id, kind, justification: '', until: null }] : [];
  });
}
