import { applyItem, type WriteClient } from '../changes/apply';
import { buildPlan, type Plan } from '../changes/plan';
import type { ChangeResult } from '../changes/plan-item';
import { callText, undoRefusal, type UndoRefusal } from '../changes/undo-check';
import { refusal as refusalOf, RefusedError } from '../review/refusal';
import { inLanguage, pickLanguage, t } from '../i18n';
import type { BackgroundRequest, Responses } from '../messages/protocol';
import { ScalingoApiError } from '../scalingo/errors';
import type { ReviewSession } from './review-session';
import type { HandlerDeps } from './deps';

// Writes, and only these: a plan previewed from the reviewer's decisions, applied only when
// changes are on in the settings and the page confirms that very plan (by its id); each item
// verified by reading back; each done item can be undone, by its record id, once, with the very
// call the page showed (lib/changes/undo-check.ts). Results are stored as they come.

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

export function changeHandlers(deps: HandlerDeps, session: ReviewSession, now: () => Date, afterWrites: () => void) {
  let previewed: (Plan & { planId: string }) | null = null;

  async function writer(): Promise<WriteClient> {
    const settings = await deps.store.getSettings();
    if (!settings.allowChanges)
      throw new ScalingoApiError('refused', 'Changes are off: turn them on in the settings first.');
    const token = await deps.vault.get();
    if (!token) throw new ScalingoApiError('unauthorized', 'Not connected: paste an API token in the settings.');
    return deps.makeWriter(token, settings.authUrl);
  }

  /** The plan the current decisions and state ask for: what a preview shows and a confirmation must still match. */
  async function currentPlan(): Promise<Plan> {
    const [snapshot, review, decisions] = await Promise.all([
      deps.store.getSnapshot(),
      session.current(),
      session.decisions(),
    ]);
    if (!snapshot || !review) throw new ScalingoApiError('not_found', 'No scan yet: scan before planning changes.');
    // A decision whose change was already sent is not planned again (lib/changes/left-to-apply.ts).
    const sent = new Set(
      (await deps.store.getChanges()).filter((c) => c.status !== 'failed').map((c) => c.item.findingId),
    );
    const built = buildPlan(
      snapshot,
      review.findings,
      decisions.filter((d) => !sent.has(d.findingId)),
    );
    const applied = decisions.filter((d) => sent.has(d.findingId) && (d.kind === 'downgrade' || d.kind === 'revoke'));
    return {
      ...built,
      skipped: [...built.skipped, ...applied.map((d) => ({ findingId: d.findingId, reason: 'applied' as const }))],
    };
  }

  const previewPlan: Handler<'previewPlan'> = async () => {
    const plan = await currentPlan();
    previewed = { ...plan, planId: `plan-${now().getTime()}-${plan.items.length}` };
    return previewed;
  };

  const applyPlan: Handler<'applyPlan'> = async ({ planId }) => {
    if (!previewed || previewed.planId !== planId) {
      throw new ScalingoApiError(
        'refused',
        'This plan is not the one last previewed: preview it again before confirming.',
      );
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
    // Confirmed only while the decisions and the scan still ask for these very calls.
    if (callsOf(await currentPlan()) !== callsOf(plan))
      throw new RefusedError('refused', refusalOf('plan.refused.changed'));
    const results: ChangeResult[] = [];
    const by = await author();
    for (const item of plan.items) {
      const result = { ...(await applyItem(client, item, now)), by };
      results.push(result);
      await deps.store.update('changes', (all) => [...all, result]);
    }
    afterWrites();
    return results;
  };

  // Undos being sent, by record id: taken before any await, so a second confirmation of the
  // same undo (double click, two tabs) sends nothing.
  const undoing = new Set<string>();

  const undoChange: Handler<'undoChange'> = async ({ recordId, call }) => {
    if (undoing.has(recordId)) throw await refusal('refused', 'undo.refused.busy');
    undoing.add(recordId);
    try {
      const record = (await deps.store.getChanges()).find((c) => c.recordId === recordId);
      const refused = undoRefusal(record, call);
      if (refused) throw await refusal(refused.kind, refused.key);
      const client = await writer();
      const result = { ...(await applyItem(client, record!.undo!, now)), by: await author() };
      const undone = result.status !== 'failed';
      // Written over the list as it is now: another tab may have added changes meanwhile.
      await deps.store.update('changes', (all) => [
        ...all.map((c) => (undone && c.recordId === recordId ? { ...c, undone: true } : c)),
        { ...result, undo: null },
      ]);
      afterWrites();
      return result;
    } finally {
      undoing.delete(recordId);
    }
  };

  /** Who sends the writes: the connected account, as the last scan read it (the exports name it). */
  const author = async () => (await deps.store.getSnapshot())?.me.email ?? null;

  /** A refusal in the reviewer's language (the page shows the message as it comes). */
  async function refusal(
    kind: UndoRefusal['kind'],
    key: UndoRefusal['key'] | 'undo.refused.busy',
  ): Promise<ScalingoApiError> {
    const { language } = await deps.store.getSettings();
    return new ScalingoApiError(
      kind,
      inLanguage(pickLanguage(language, deps.uiLanguage?.()), () => t(key)),
    );
  }

  /** A decision, a completion or an import changed what the plan rests on: nothing previewed stands. */
  const forgetPlan = () => void (previewed = null);

  return { handlers: { previewPlan, applyPlan, undoChange }, forgetPlan };
}

const callsOf = (plan: Plan) => JSON.stringify(plan.items.map((i) => `${i.api} ${callText(i)}`));
