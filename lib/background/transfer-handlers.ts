import { freeze } from '../export/freeze';
import type { BackgroundRequest, Responses } from '../messages/protocol';
import { HISTORY_MAX, importedFull } from '../review/history';
import { RefusedError, refusal } from '../review/refusal';
import { parseTransfer, transferFile } from '../transfer/file';
import { hashedRecord } from '../transfer/hashed-record';
import { mergeTransfer } from '../transfer/merge';
import { policyFileText } from '../transfer/policy-file';
import { policyChanges, readPolicyFileText } from '../transfer/policy-import';
import type { HandlerDeps } from './deps';

// Export and import of the review's trusted state (lib/transfer/): the whole file, or the policy
// alone as the command line reads it. An import is checked whole first (lib/transfer/file.ts); a
// dry run only reports what it would do; the real one changes history, policy (when confirmed),
// decisions and accepted risks in one turn of the store, or nothing when the file is refused.

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

export function transferHandlers(deps: HandlerDeps, now: () => Date, publish: () => Promise<unknown>) {
  const exportTransfer: Handler<'exportTransfer'> = async ({ part }) => {
    const day = now().toISOString().slice(0, 10);
    if (part === 'policy')
      return {
        filename: `scalingo-access-review-policy-${day}.json`,
        type: 'application/json',
        text: policyFileText(await deps.store.getPolicy()),
      };
    const [stored, policy, decisions, acceptances] = await Promise.all([
      deps.store.getHistory(),
      deps.store.getPolicy(),
      deps.store.getDecisions(),
      deps.store.getAcceptances(),
    ]);
    // Reviews completed before freezing have none: frozen now, as exportHistory does, or the import would
    // refuse them. A frozen one goes as its SHA-256 was taken, without the defaults a re-read added.
    const history = await Promise.all(
      stored.map(async (entry) =>
        entry.frozen
          ? { ...(await hashedRecord(entry)), frozen: entry.frozen }
          : { ...entry, frozen: await freeze(entry) },
      ),
    );
    return {
      filename: `scalingo-access-review-export-${day}.json`,
      type: 'application/json',
      text: transferFile({ history, policy, decisions, acceptances }, now()),
    };
  };

  const importTransfer: Handler<'importTransfer'> = async ({ text, replacePolicy, dryRun }) => {
    const parsed = await parseTransfer(text, now());
    if (!parsed.ok) throw new RefusedError('invalid', parsed.refusal);
    const report = await deps.store.exclusive(async (store) => {
      const [history, policy, decisions, acceptances] = await Promise.all([
        store.getHistory(),
        store.getPolicy(),
        store.getDecisions(),
        store.getAcceptances(),
      ]);
      const merged = mergeTransfer({ history, policy, decisions, acceptances }, parsed.file, replacePolicy);
      // Only the reviews the file adds are written, one record each, marked imported: those here are
      // never rewritten. Imported reviews over the most kept: refused whole, nothing dropped to make
      // room; reviews completed here have their own bound, which no file can fill.
      const known = new Set(history.map((h) => h.id));
      const added = merged.next.history.filter((h) => !known.has(h.id)).map((h) => ({ ...h, imported: true as const }));
      const imported = history.filter((h) => h.imported).length + added.length;
      if (imported > HISTORY_MAX) throw new RefusedError('refused', importedFull(imported));
      if (dryRun) return merged.report;
      await store.addHistory(added);
      await store.setDecisions(merged.next.decisions);
      await store.setAcceptances(merged.next.acceptances);
      if (merged.report.policyReplaced) await store.setPolicy(merged.next.policy);
      return merged.report;
    });
    if (!dryRun) await publish();
    return report;
  };

  // The settings' import of a policy file: a dry run names the fields it changes; the real one stores
  // the policy the command line would run under, in one turn of the store, and tells the open pages.
  const importPolicyFile: Handler<'importPolicyFile'> = async ({ text, dryRun }) => {
    const read = readPolicyFileText(text);
    if (!read.ok) throw new RefusedError('invalid', refusal('policyImport.refused', { problem: read.refusal }));
    const changes = await deps.store.exclusive(async (store) => {
      const found = policyChanges(await store.getPolicy(), read.policy);
      if (!dryRun && found.length > 0) await store.setPolicy(read.policy);
      return found;
    });
    const replaced = !dryRun && changes.length > 0;
    if (replaced) await publish();
    return { changes, replaced };
  };

  return { exportTransfer, importTransfer, importPolicyFile };
}
