import type { ReviewedFinding } from './acceptances';

// Decisions about to run out: an accepted risk or a reasoned "keep" whose end falls within the
// next 14 days. The popup and the toolbar badge flag them, so the team decides again before the
// finding comes back open on its own (issue #18, item 7).

export const EXPIRY_WARNING_DAYS = 14;

/** The last moment an acceptance may end and still be flagged, as ISO. */
export function expiryLimit(now: Date): string {
  return new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000).toISOString();
}

/** Whether a finding's live acceptance (either kind) ends at or before `limit`. */
export function expiresBy(f: Pick<ReviewedFinding, 'state' | 'acceptance'>, limit: string): boolean {
  return f.state === 'accepted' && f.acceptance !== null && Date.parse(f.acceptance.expiresAt) <= Date.parse(limit);
}

export function expiringSoon<F extends Pick<ReviewedFinding, 'state' | 'acceptance'>>(findings: F[], now: Date): F[] {
  const limit = expiryLimit(now);
  return findings.filter((f) => expiresBy(f, limit));
}
