import type { Acceptance } from '../engine/acceptances';
import { withExtensionToken } from '../engine/extension-token';
import type { RulesRun } from '../engine/incremental';
import { reviewSince, type Review } from '../engine/review';
import type { Policy } from '../policy';
import { RESUME_WITHIN_MS } from '../scan/publication';
import type { AccessSnapshot } from '../scan/snapshot';

// The review of a running scan's publications (issue 14, item 6): each one re-computes the
// findings of the apps read since the one before and the rules reading across apps, no more
// (lib/engine/incremental.ts). Two things made it re-compute everything: time, and the views.
// - Time: the rules of one scan's publications all run at the time its lists were read, as the
//   command line's stream does (lib/cli/stream.ts), not at the minute of each one (a ten-minute
//   scan crossed ten minutes, each a full run); accepted risks still end at the minute.
// - The views: the popup, the review page and the overlay ask for the review after each
//   publication; the very snapshot published is read back (snapshot-reader.ts) and served the
//   review computed for it, rather than a full run on a copy parsed again.

const MINUTE = 60_000;

/** When a partial snapshot's rules run: its lists' reading while the scan may still go on; else the minute. */
export function rulesTime(snapshot: AccessSnapshot, now: Date): Date {
  const minute = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const partial = snapshot.partial;
  const read = partial?.listsReadAt ? Date.parse(partial.listsReadAt) : NaN;
  const age = now.getTime() - read;
  // A stopped scan, or one too old to resume, is reviewed like any stored snapshot.
  return new Date(!partial?.cancelled && age >= 0 && age < RESUME_WITHIN_MS ? read : minute);
}

export function partialReviews(compute: typeof reviewSince = reviewSince) {
  let rules: RulesRun | null = null;
  let last: {
    stored: AccessSnapshot;
    key: string;
    policy: Policy;
    result: { snapshot: AccessSnapshot; review: Review };
  } | null = null;
  /** `stored`: the partial snapshot as stored; `tokenId`: the extension's token, as marked. */
  return (
    stored: AccessSnapshot,
    tokenId: string | null,
    policy: Policy,
    acceptances: Acceptance[],
    now: Date,
  ): { snapshot: AccessSnapshot; review: Review } => {
    const at = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
    const key = JSON.stringify([at.getTime(), tokenId, acceptances]);
    if (last && last.stored === stored && last.policy === policy && last.key === key) return last.result;
    const snapshot = withExtensionToken(stored, tokenId);
    const { rules: run, ...review } = compute(rules, snapshot, policy, acceptances, at, rulesTime(stored, now));
    rules = run;
    last = { stored, key, policy, result: { snapshot, review } };
    return last.result;
  };
}
