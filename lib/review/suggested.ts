import type { ReviewedFinding } from '../engine/acceptances';
import { strongestPerCollaboration } from './bulk-merge';
import type { Decision, DecisionKind } from './decisions';

// The decision a finding's suggested action stands for, and the bulk groups built on it:
// "every stale invitation" (per rule), "bruno everywhere" (per person) and, for the actions with
// no change to apply (ask for 2FA, move the ownership, review with the team), per action. A role
// change is applied as suggested; the rest is accepted until a date with the one reason the
// reviewer gives for the whole line: nothing open is left out of the bulk.

/** Downgrade or revoke when the finding suggests it on a person's collaboration; else null. */
export function suggestedDecision(f: ReviewedFinding): DecisionKind | null {
  if (f.person?.collaboratorId == null || f.app === null) return null;
  if (f.action === 'downgrade') return 'downgrade';
  if (f.action === 'revoke' || f.action === 'remove') return 'revoke';
  return null;
}

export interface BulkGroup {
  /** `rule:<id>`, `person:<email>` (`person:` alone: the whole account) or `action:<action>`. */
  key: string;
  kind: 'rule' | 'person' | 'action';
  /** The rule id, the person's e-mail ('' for the whole account) or the action. */
  value: string;
  findings: ReviewedFinding[];
  /** How many of `findings` have a role change to apply; the others are accepted until a date. */
  changes: number;
}

/** Open, undecided findings, grouped by rule, by person and (with no change to apply) by action; biggest first. */
export function bulkGroups(findings: ReviewedFinding[], decisions: Decision[]): BulkGroup[] {
  const decided = new Set(decisions.map((d) => d.findingId));
  const groups = new Map<string, BulkGroup>();
  const add = (kind: BulkGroup['kind'], value: string, f: ReviewedFinding) => {
    const key = `${kind}:${value}`;
    const g = groups.get(key) ?? { key, kind, value, findings: [], changes: 0 };
    g.findings.push(f);
    if (suggestedDecision(f)) g.changes++;
    groups.set(key, g);
  };
  for (const f of findings) {
    if (f.state !== 'open' || decided.has(f.id)) continue;
    add('rule', f.rule, f);
    add('person', f.person?.email.toLowerCase() ?? '', f);
    if (!suggestedDecision(f)) add('action', f.action, f);
  }
  return [...groups.values()].sort(
    (a, b) => b.findings.length - a.findings.length || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value),
  );
}

/**
 * The decisions that apply each finding's suggested change (findings without one are left out),
 * one change per collaboration (lib/review/bulk-merge.ts) over `all` and the `decisions` made.
 */
export function suggestedDecisions(
  findings: ReviewedFinding[],
  all: readonly ReviewedFinding[] = findings,
  decisions: readonly Decision[] = [],
): { findingId: string; kind: DecisionKind; justification: string; until: string | null }[] {
  const changes = findings.flatMap((f) => {
    const kind = suggestedDecision(f);
    return kind === 'downgrade' || kind === 'revoke' ? [{ finding: f, kind }] : [];
  });
  return strongestPerCollaboration(changes, all, decisions);
}

/** A bulk line's decisions: its suggested changes, and the rest accepted until `until` for `why`. */
export function bulkDecisions(
  g: BulkGroup,
  all: readonly ReviewedFinding[],
  decisions: readonly Decision[],
  accept: { why: string; until: string },
): { findingId: string; kind: DecisionKind; justification: string; until: string | null }[] {
  const rest = g.findings.filter((f) => !suggestedDecision(f));
  return [
    ...suggestedDecisions(g.findings, all, decisions),
    ...rest.map((f) => ({ findingId: f.id, kind: 'accept' as const, justification: accept.why, until: accept.until })),
  ];
}
