import { applyItem, type WriteClient } from '../changes/apply';
import { buildPlan, type Plan } from '../changes/plan';
import type { ChangeResult } from '../changes/plan-item';
import type { Request, Responses } from '../messages/protocol';
import { ScalingoApiError } from '../scalingo/errors';
import type { ReviewSession } from './review-session';
import type { HandlerDeps } from './service';

// Writes, and only these: a plan previewed from the reviewer's decisions, applied only when
// changes are on in the settings and the page confirms that very plan (by its id); each item
// verified by reading back; each done item can be undone. Results are stored as they come.

type Handler<K extends Request['type']> = (req: Extract<Request, { type: K }>) => Promise<Responses[K]>;

export function changeHandlers(deps: HandlerDeps, session: ReviewSession, now: () => Date, afterWrites: () => void) {
  let previewed: (Plan & { planId: string }) | null = null;

  async function writer(): Promise<WriteClient> {
    const settings = await deps.store.getSettings();
    if (!settings.allowChanges) throw new ScalingoApiError('refused', 'Changes are off: turn them on in the settings first.');
    const token = await deps.vault.get();
    if (!token) throw new ScalingoApiError('unauthorized', 'Not connected: paste an API token in the settings.');
    return deps.makeWriter(token, settings.authUrl);
  }

  const previewPlan: Handler<'previewPlan'> = async () => {
    const [snapshot, review, decisions] = await Promise.all([deps.store.getSnapshot(), session.current(), session.decisions()]);
    if (!snapshot || !review) throw new ScalingoApiError('not_found', 'No scan yet: scan before planning changes.');
    const plan = buildPlan(snapshot, review.findings, decisions);
    previewed = { ...plan, planId: `plan-${now().getTime()}-${plan.items.length}` };
    return previewed;
  };

  const applyPlan: Handler<'applyPlan'> = async ({ planId }) => {
    if (!previewed || previewed.planId !== planId) {
      throw new ScalingoApiError('refused', 'This plan is not the one last previewed: preview it again before confirming.');
    }
    // Taken at once, before any await: a second confirmation of the same plan finds nothing.
    const plan = previewed;
    previewed = null;
    let client: WriteClient;
    try {
      client = await writer();
    } catch (e) {
      previewed = plan; // refused before any write (changes off): the plan may be confirmed later
      throw e;
    }
    const results: ChangeResult[] = [];
    for (const item of plan.items) {
      const result = await applyItem(client, item, now);
      results.push(result);
      await deps.store.update('changes', (all) => [...all, result]);
    }
    afterWrites();
    return results;
  };

  const undoChange: Handler<'undoChange'> = async ({ itemId }) => {
    const changes = await deps.store.getChanges();
    const index = changes.findIndex((c) => c.item.id === itemId && c.undo && !c.undone);
    if (index < 0) throw new ScalingoApiError('not_found', 'Nothing to undo for this change.');
    const client = await writer();
    const result = await applyItem(client, changes[index]!.undo!, now);
    const undone = result.status !== 'failed';
    // Written over the list as it is now: another tab may have added changes meanwhile.
    await deps.store.update('changes', (all) => [...all.map((c) => (undone && c.item.id === itemId && !c.undone ? { ...c, undone: true } : c)), { ...result, undo: null }]);
    afterWrites();
    return result;
  };

  return { previewPlan, applyPlan, undoChange };
}
