import { t } from '../../lib/i18n';

interface Props {
  pageOnly: boolean;
  onSave: (pageOnly: boolean) => Promise<boolean>;
}

/** Page-only mode: chosen here or at onboarding, never on by itself; off forgets what the pages showed. */
export function PageOnlySettings({ pageOnly, onSave }: Props) {
  return (
    <section class="card" aria-labelledby="page-only-title">
      <h2 id="page-only-title">{t('pages.onboarding.pagesTitle')}</h2>
      <label class="choice">
        <input type="checkbox" checked={pageOnly} onChange={(e) => void onSave(e.currentTarget.checked)} />
        {t('pages.options.label')}
      </label>
      <p class="muted">{t('pages.options.help')}</p>
    </section>
  );
}
