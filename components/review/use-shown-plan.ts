import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../lib/changes/plan';
import type { ReviewSessionState } from '../../lib/messages/protocol';

/**
 * The plan the page shows, dropped when the session's decisions or changes move (a decision in
 * any tab, a completion, an import): a plan shown before then is no longer what they ask, and
 * the background would refuse it anyway.
 */
export function useShownPlan(session: ReviewSessionState) {
  const state = useState<(Plan & { planId: string }) | null>(null);
  const basis = `${session.decisions.map((d) => `${d.findingId}:${d.kind}:${d.decidedAt}`).join()}|${session.changes.length}`;
  const setPlan = state[1];
  useEffect(() => setPlan(null), [basis, setPlan]);
  return state;
}
