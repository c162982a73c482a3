import type { ReviewedFinding } from '../engine/acceptances';
import type { Assignment } from '../scan/snapshot';

// Findings about an app that concern each of its full Collaborators, though they name no one:
// "too many full Collaborators" (each is one of the many) and, in page-only mode, "cannot tell
// who is outside the team" (each may be). Shown beside each of them, never counted again: the
// banners count the review's findings, not the people's lines.

/** The rules of such findings. */
export const SHARED_BY_FULL: ReadonlySet<string> = new Set(['too-many-full', 'team-domain-unknown']);

/** App id → its findings shared by its full Collaborators. */
export function sharedByApp(findings: readonly ReviewedFinding[]): Map<string, ReviewedFinding[]> {
  const out = new Map<string, ReviewedFinding[]>();
  for (const f of findings) {
    if (f.person !== null || !f.app || !SHARED_BY_FULL.has(f.rule)) continue;
    out.set(f.app.id, [...(out.get(f.app.id) ?? []), f]);
  }
  return out;
}

/** What `a` shares of its app's findings: all of them for an accepted full Collaborator, else none. */
export function sharedWith(a: Assignment, byApp: ReadonlyMap<string, ReviewedFinding[]>): ReviewedFinding[] {
  return a.role === 'collaborator' && a.status === 'accepted' ? (byApp.get(a.appId) ?? []) : [];
}
