import { z } from 'zod';
import type { Finding } from './finding';

// Accepted risks: a finding the team decided to live with, with why, who and until when.
// It stays visible as accepted, and is open again once the acceptance expires.

export const Acceptance = z.object({
  findingId: z.string(),
  justification: z.string().trim().min(3).max(500),
  by: z.string().trim().min(1).max(200),
  acceptedAt: z.string(),
  expiresAt: z.string(),
  /** `kept`: a "keep as is" decision, reviewed until the next review period; else an accepted risk. */
  kind: z.enum(['accepted', 'kept']).optional(),
});
export type Acceptance = z.infer<typeof Acceptance>;

export type ReviewedFinding = Finding & {
  state: 'open' | 'accepted';
  acceptance: Acceptance | null;
  /** Set when an acceptance existed and ran out: the finding is open again. */
  expiredAcceptance: Acceptance | null;
};

export function applyAcceptances(findings: Finding[], acceptances: Acceptance[], now: Date): ReviewedFinding[] {
  const byId = new Map(acceptances.map((a) => [a.findingId, a]));
  return findings.map((f) => {
    const acc = byId.get(f.id) ?? null;
    const live = acc !== null && Date.parse(acc.expiresAt) > now.getTime();
    return {
      ...f,
      state: live ? 'accepted' : 'open',
      acceptance: live ? acc : null,
      expiredAcceptance: acc && !live ? acc : null,
    };
  });
}
