import type { ReviewedFinding } from '../engine/acceptances';
import type { Decision } from './decisions';

// One collaboration, one change. A bulk line can hold two findings on one person's access to one
// app that suggest different changes (hugo on a review app: "revoke", no activity; "downgrade",
// ahead of its parent): recorded as such they conflict, and the plan refuses them. The strongest
// change wins, over the decisions already made on that collaboration too: a downgrade of someone
// being removed means nothing.

type Change = 'downgrade' | 'revoke';
const STRENGTH: Record<Change, number> = { downgrade: 1, revoke: 2 };

export interface ChangeDecision {
  findingId: string;
  kind: Change;
  justification: string;
  until: null;
}

/** The key `conflicts()` (lib/changes/left-to-apply.ts) groups decisions by. */
export const collaborationOf = (f: ReviewedFinding): string | null =>
  f.app && f.person ? `${f.app.id}:${f.person.email.toLowerCase()}` : null;

const isChange = (k: string): k is Change => k === 'downgrade' || k === 'revoke';

/**
 * `changes` with the strongest change per collaboration, and the weaker change decisions already
 * recorded on those collaborations raised to it (their reason kept).
 */
export function strongestPerCollaboration(
  changes: { finding: ReviewedFinding; kind: Change }[],
  all: readonly ReviewedFinding[],
  decisions: readonly Decision[],
): ChangeDecision[] {
  const byId = new Map(all.map((f) => [f.id, f]));
  const strongest = new Map<string, Change>();
  const raise = (key: string | null, kind: Change) => {
    const now = key ? strongest.get(key) : undefined;
    if (key && (!now || STRENGTH[kind] > STRENGTH[now])) strongest.set(key, kind);
  };
  for (const c of changes) raise(collaborationOf(c.finding), c.kind);
  for (const d of decisions) {
    const f = byId.get(d.findingId);
    if (f && isChange(d.kind)) raise(collaborationOf(f), d.kind);
  }
  const kindOf = (f: ReviewedFinding, own: Change) => {
    const key = collaborationOf(f);
    return (key && strongest.get(key)) || own;
  };
  const out: ChangeDecision[] = changes.map((c) => ({
    findingId: c.finding.id,
    kind: kindOf(c.finding, c.kind),
    justification: '',
    until: null,
  }));
  const inBulk = new Set(out.map((d) => d.findingId));
  for (const d of decisions) {
    const f = byId.get(d.findingId);
    if (!f || inBulk.has(d.findingId) || !isChange(d.kind) || !changes.length) continue;
    const key = collaborationOf(f);
    const wanted = key ? strongest.get(key) : undefined;
    if (wanted && wanted !== d.kind && changes.some((c) => collaborationOf(c.finding) === key))
      out.push({ findingId: d.findingId, kind: wanted, justification: d.justification, until: null });
  }
  return out;
}
