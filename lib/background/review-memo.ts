import type { Acceptance } from '../engine/acceptances';
import { review, type Review } from '../engine/review';
import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';

// The review served again while nothing it is computed from changed: opening the review page,
// the popup's export, the overlay's pages and the decisions each ask for it, and with thousands
// of findings the rules take longer than the page's whole first render (bench:
// `review.tableMs.5000`). Its inputs are compared whole (their JSON: a few tens of ms for
// megabytes, against the rules' hundreds), never by a write counter that a missed path would
// leave stale; time by the minute, as a running scan's publications are (partial-review.ts), so an
// acceptance ending shows at most a minute late. A running scan's publications go there, not here.

const MINUTE = 60_000;

export function reviewMemo(compute: typeof review = review) {
  let last: { key: string; review: Review } | null = null;
  const texts = new WeakMap<AccessSnapshot, string>();
  const textOf = (snapshot: AccessSnapshot) => {
    const text = texts.get(snapshot) ?? JSON.stringify(snapshot);
    texts.set(snapshot, text);
    return text;
  };
  return (snapshot: AccessSnapshot, policy: Policy, acceptances: Acceptance[], now: Date): Review => {
    const minute = Math.floor(now.getTime() / MINUTE);
    const key = JSON.stringify([minute, policy, acceptances]) + textOf(snapshot);
    if (last?.key === key) return last.review;
    const next = compute(snapshot, policy, acceptances, now);
    last = { key, review: next };
    return next;
  };
}
