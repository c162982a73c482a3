import { t } from '../../lib/i18n';
import { VisitCollaborators } from '../VisitCollaborators';

interface Props {
  pageOnly: boolean;
  onSave: (pageOnly: boolean) => Promise<boolean>;
}

/**
 * Page-only mode: chosen here or at onboarding, never on by itself; off forgets what the pages
 * showed. A fresh install opens these settings: they say what the mode cannot do and, once it is
 * on, invite the visit that covers every app at once, as the popup does.
 */
export function PageOnlySettings({ pageOnly, onSave }: Props) {
  return (
    <section class="card" aria-labelledby="page-only-title">
      <h2 id="page-only-title">{t('pages.onboarding.pagesTitle')}</h2>
      <label class="choice">
        <input type="checkbox" checked={pageOnly} onChange={(e) => void onSave(e.currentTarget.checked)} />
        {t('pages.options.label')}
      </label>
      <p class="muted">{t('pages.onboarding.pagesCannot')}</p>
      <p class="muted">{t('pages.options.help')}</p>
      {pageOnly && <VisitCollaborators />}
    </section>
  );
}
