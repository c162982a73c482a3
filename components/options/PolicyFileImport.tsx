import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PolicyChange } from '../../lib/transfer/policy-import';
import { tCount } from '../../lib/i18n/plural';

// The policy file in the settings (lib/transfer/policy-import.ts): export this policy as the command
// line's --policy file, or import one. An import is checked and previewed first (a dry run names each
// field it changes, nothing stored), then done on a second click; a refused file says why and changes nothing.

export interface PolicyFileActions {
  /** Downloads the policy file; null when done, else why not. */
  exportPolicy: () => Promise<string | null>;
  /** The fields the file changes (stored when not a dry run), or why it is refused, in the page's language. */
  importPolicy: (text: string, dryRun: boolean) => Promise<{ changes: PolicyChange[] } | string>;
}

export function PolicyFileImport({ actions }: { actions: PolicyFileActions }) {
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<PolicyChange[] | null>(null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setDone(false);
    setPreview(null);
    setError(null);
    if (!file) return;
    const read = await file.text();
    const r = await actions.importPolicy(read, true);
    if (typeof r === 'string') return setError(r);
    setText(read);
    setPreview(r.changes);
  };
  const confirm = async () => {
    if (text === null) return;
    const r = await actions.importPolicy(text, false);
    if (typeof r === 'string') return setError(r);
    setPreview(null);
    setText(null);
    setDone(true);
  };
  return (
    <section class="card" aria-labelledby="policy-file-title" data-testid="policy-file">
      <h2 id="policy-file-title">{t('policyImport.title')}</h2>
      <p class="muted">{t('policyImport.intro')}</p>
      <div class="actions">
        <button class="secondary" onClick={() => void actions.exportPolicy().then(setError)}>
          {t('policyImport.export')}
        </button>
      </div>
      <label>
        {t('policyImport.file')}{' '}
        <input type="file" accept=".json,application/json" onChange={(e) => void pick(e.currentTarget)} />
      </label>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {preview && preview.length === 0 && <p class="muted">{t('policyImport.same')}</p>}
      {preview && preview.length > 0 && (
        <div data-testid="policy-file-preview">
          <p>{tCount('policyImport.preview', preview.length)}</p>
          <ul>
            {preview.map((c) => (
              <li key={c.field}>{t('policyImport.change', { field: c.field, from: c.from, to: c.to })}</li>
            ))}
          </ul>
          <div class="actions">
            <button onClick={() => void confirm()}>{t('policyImport.confirm')}</button>
            <button class="secondary" onClick={() => (setPreview(null), setText(null))}>
              {t('policyImport.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">{t('policyImport.done')}</p>}
    </section>
  );
}
