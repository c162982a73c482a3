import type { BackgroundRequest, Responses } from '../messages/protocol';
import { parsePolicy, type Policy } from '../policy';
import { ScalingoApiError } from '../scalingo/errors';
import { digestOf } from '../engine/digest';
import type { Review } from '../engine/review';
import { reviewMemo } from './review-memo';
import { partialReviews } from './partial-review';
import { reviewHead } from '../review/review-head';
import { pack, type WirePack } from '../review/wire-pack';
import { withExtensionToken } from '../engine/extension-token';
import type { AccessSnapshot } from '../scan/snapshot';
import type { HandlerDeps } from './deps';
import { pageOnlyActive, pagesReview } from './page-handlers';
import { pageDigestOf } from '../pages/page-digest';
import type { PageSnapshot } from '../pages/reading';

// The review's requests: findings under the policy and accepted risks, the policy itself,
// accepting a risk (with why, by whom, until when) and reopening it. Every change re-computes
// the summary, stores it for the popup (digest) and tells the background (toolbar badge).

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

export function reviewHandlers(deps: HandlerDeps, now: () => Date) {
  const review = reviewMemo();
  const partialReview = partialReviews();
  // The store parses the policy afresh at each read, and lib/engine/incremental.ts re-uses findings
  // only under the very policy object it ran with: the same text keeps the same object.
  let policyKept: { text: string; policy: Policy } | null = null;
  const samePolicy = (policy: Policy): Policy => {
    const text = JSON.stringify(policy);
    if (policyKept?.text !== text) policyKept = { text, policy };
    return policyKept.policy;
  };
  /** `published`: a running scan's publication, just stored (its objects shared with the one before). */
  async function withSnapshot(
    published?: AccessSnapshot,
  ): Promise<{ snapshot: AccessSnapshot; review: Review; pages?: PageSnapshot } | null> {
    // Page-only mode reviews the pages visited instead, an API snapshot a gone token left set apart.
    if (!published && (await pageOnlyActive(deps))) return pagesReview(deps, now());
    const snapshot = published ?? (await deps.store.getSnapshot());
    if (!snapshot) return null;
    const [policy, acceptances, settings] = await Promise.all([
      deps.store.getPolicy().then(samePolicy),
      deps.store.getAcceptances(),
      deps.store.getSettings(),
    ]);
    // A running scan's publication, as published or read back: only what changed is re-computed.
    if (snapshot.partial) return partialReview(snapshot, settings.extensionTokenId, policy, acceptances, now());
    const marked = withExtensionToken(snapshot, settings.extensionTokenId);
    return { snapshot: marked, review: review(marked, policy, acceptances, now()) };
  }
  const current = async () => (await withSnapshot())?.review ?? null;

  /** Re-computes and reports the summary (the toolbar badge follows it). */
  async function publish(published?: AccessSnapshot): Promise<Review | null> {
    const both = await withSnapshot(published);
    const r = both?.review ?? null;
    const digest = both?.pages
      ? pageDigestOf(both.pages, both.snapshot, both.review, now())
      : both && digestOf(both.snapshot, both.review, now());
    await deps.store.setDigest(digest);
    deps.onReview?.(r?.summary ?? null, both?.pages ? 'pages' : 'api');
    return r;
  }

  // The whole review with its people's usernames (a head of every row): the page names people
  // from its first paint, before the access data (issue #19). Built once per computed review.
  const whole = new WeakMap<Review, ReturnType<typeof reviewHead>>();
  const getReview: Handler<'getReview'> = async () => {
    const both = await withSnapshot();
    if (!both) return null;
    let reply = whole.get(both.review);
    if (!reply) whole.set(both.review, (reply = reviewHead(both.review, both.snapshot.assignments, Infinity)));
    return reply;
  };
  // The same, packed (lib/review/wire-pack.ts): with 5,000 findings Chrome took ~100 ms to carry
  // the review's 3.8 MB of JSON from the worker to the page. Packed once per reply, kept with it.
  const packs = new WeakMap<object, WirePack>();
  const getReviewPacked: Handler<'getReviewPacked'> = async () => {
    const reply = await getReview({ type: 'getReview' });
    if (!reply) return null;
    let packed = packs.get(reply);
    if (!packed) packs.set(reply, (packed = pack(reply)));
    return packed;
  };
  const getReviewHead: Handler<'getReviewHead'> = async () => {
    const both = await withSnapshot();
    return both && reviewHead(both.review, both.snapshot.assignments);
  };
  const getPolicy: Handler<'getPolicy'> = () => deps.store.getPolicy();
  const savePolicy: Handler<'savePolicy'> = async ({ policy }) => {
    const next = await deps.store.update('policy', (current) => parsePolicy({ ...current, ...policy }));
    await publish();
    return next;
  };
  const acceptRisk: Handler<'acceptRisk'> = async ({ findingId, justification, days }) => {
    const snapshot = await deps.store.getSnapshot();
    const r = await current();
    if (!snapshot || !r?.findings.some((f) => f.id === findingId)) {
      throw new ScalingoApiError('not_found', 'This finding is not in the current review (rescan first).');
    }
    const at = now();
    const acceptance = {
      findingId,
      justification,
      by: snapshot.me.email,
      acceptedAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + days * 86_400_000).toISOString(),
    };
    await deps.store.update('acceptances', (all) => [...all.filter((a) => a.findingId !== findingId), acceptance]);
    return publish();
  };
  const reopenRisk: Handler<'reopenRisk'> = async ({ findingId }) => {
    await deps.store.update('acceptances', (all) => all.filter((a) => a.findingId !== findingId));
    return publish();
  };

  return {
    handlers: { getReview, getReviewPacked, getReviewHead, getPolicy, savePolicy, acceptRisk, reopenRisk },
    current,
    publish,
    withSnapshot,
  };
}
