import type { Finding } from '../engine/finding';
import type { Review } from '../engine/review';
import type { BackgroundRequest, Responses } from '../messages/protocol';
import { acceptanceOf, Decision } from '../review/decisions';
import { ScalingoApiError } from '../scalingo/errors';
import { untilProblem } from './review-session';
import type { HandlerDeps } from './deps';

// Bulk decisions from the review page ("downgrade bruno everywhere it is suggested", "revoke
// every stale invitation", the rows selected): every decision is checked first and they are
// saved in one write, so a bad one is named and nothing is saved; the review is published once.

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

/** What a decision is about, kept with it: the exports name it even once the finding is gone. */
export function subjectOf(f: Finding | undefined) {
  return f && { rule: f.rule, priority: f.priority, app: f.app?.name ?? null, person: f.person?.email ?? null };
}

export function decideManyHandler(
  deps: HandlerDeps,
  now: () => Date,
  current: () => Promise<Review | null>,
  publish: () => Promise<unknown>,
) {
  const decideMany: Handler<'decideMany'> = async ({ decisions }) => {
    const at = now();
    const findings = new Map((await current())?.findings.map((f) => [f.id, f]));
    const parsed: Decision[] = [];
    for (const [i, input] of decisions.entries()) {
      const subject = subjectOf(findings.get(input.findingId));
      const p = Decision.safeParse({ ...input, subject, decidedAt: at.toISOString() });
      const problem = p.success ? untilProblem(p.data, at) : (p.error.issues[0]?.message ?? 'Invalid decision');
      if (!p.success || problem)
        throw new ScalingoApiError('invalid', `Decision ${i + 1} (${input.findingId}): ${problem}`);
      parsed.push(p.data);
    }
    const ids = new Set(parsed.map((d) => d.findingId));
    const [snapshot, policy] = await Promise.all([deps.store.getSnapshot(), deps.store.getPolicy()]);
    const me = snapshot?.me;
    const all = await deps.store.update('decisions', (list) => [
      ...list.filter((d) => !ids.has(d.findingId)),
      ...parsed,
    ]);
    // "Accept the risk" and a reasoned "keep" are accepted risks too (as in review-session.ts); any other decision ends one.
    const accepted = me ? parsed.flatMap((d) => acceptanceOf(d, me.email, policy.reviewPeriodDays) ?? []) : [];
    await deps.store.update('acceptances', (list) => [...list.filter((a) => !ids.has(a.findingId)), ...accepted]);
    await publish();
    return all;
  };
  return { decideMany };
}
