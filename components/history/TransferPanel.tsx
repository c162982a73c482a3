import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { MergeReport } from '../../lib/transfer/merge';
import { refusalText, type Refusal } from '../../lib/review/refusal';
import { tCount } from '../../lib/i18n/plural';

// Export and import of history, policy and decisions (lib/transfer/). An import is first checked
// and previewed (a dry run: nothing changes), then done on a second click; the policy is replaced
// only when the box saying so is ticked. A refused file shows why and changes nothing.

export interface TransferActions {
  /** Downloads the file; null when done, else why not. */
  exportFile: (part: 'all' | 'policy') => Promise<string | null>;
  /** The report, or why the file is refused: its words (said in the page's language when shown), else a message. */
  importFile: (
    text: string,
    opts: { dryRun: boolean; replacePolicy: boolean },
  ) => Promise<MergeReport | Refusal | string>;
}

const counts = (r: MergeReport) => ({
  added: r.reviewsAdded,
  known: r.reviewsKnown,
  decisions: r.decisionsTaken,
  acceptances: r.acceptancesTaken,
});

export function TransferPanel({ actions }: { actions: TransferActions }) {
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<MergeReport | null>(null);
  const [done, setDone] = useState<MergeReport | null>(null);
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<string | Refusal | null>(null);
  const answer = (r: MergeReport | Refusal | string, then: (r: MergeReport) => void) =>
    typeof r === 'string' || 'key' in r ? (setError(r), setPreview(null)) : (setError(null), then(r));

  const pick = async (file: File | undefined) => {
    setDone(null);
    setReplace(false);
    if (!file) return;
    const read = await file.text();
    setText(read);
    answer(await actions.importFile(read, { dryRun: true, replacePolicy: false }), setPreview);
  };
  const confirm = async () => {
    if (text === null) return;
    answer(await actions.importFile(text, { dryRun: false, replacePolicy: replace }), (r) => {
      setDone(r);
      setPreview(null);
    });
  };
  return (
    <section class="card transfer" aria-labelledby="transfer-title" data-testid="transfer">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p class="muted">{t('transfer.intro')}</p>
      <div class="actions">
        <button class="secondary" onClick={() => void actions.exportFile('all').then(setError)}>
          {t('transfer.exportAll')}
        </button>
        <button class="secondary" onClick={() => void actions.exportFile('policy').then(setError)}>
          {t('transfer.exportPolicy')}
        </button>
      </div>
      <label>
        {t('transfer.file')}{' '}
        <input type="file" accept=".json,application/json" onChange={(e) => void pick(e.currentTarget.files?.[0])} />
      </label>
      {error && (
        <p class="notice notice-error" role="alert">
          {typeof error === 'string' ? error : refusalText(error)}
        </p>
      )}
      {preview && (
        <div data-testid="transfer-preview">
          <p>{t('transfer.preview', counts(preview))}</p>
          {preview.reviewsConflicting.length > 0 && (
            <p class="notice notice-warn">{tCount('transfer.conflicts', preview.reviewsConflicting.length)}</p>
          )}
          {preview.policyDiffers ? (
            <label class="choice">
              <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
              {t('transfer.replacePolicy')}
            </label>
          ) : (
            <p class="muted">{t('transfer.samePolicy')}</p>
          )}
          <button onClick={() => void confirm()}>{t('transfer.import')}</button>
        </div>
      )}
      {done && (
        <p role="status">
          {t('transfer.done', counts(done))}
          {done.policyReplaced && ` ${t('transfer.policyReplaced')}`}
        </p>
      )}
    </section>
  );
}
