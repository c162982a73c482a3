import { t } from '../lib/i18n';

/** The dashboard's account-wide collaborators page: one visit reads every app (page-only mode). */
export const ACCOUNT_COLLABORATORS = 'https://dashboard.scalingo.com/collaborators';

/** The invitation to that visit, as the popup and the settings give it in page-only mode. */
export function VisitCollaborators() {
  return (
    <p>
      {t('pages.popup.visit')}{' '}
      <a href={ACCOUNT_COLLABORATORS} target="_blank" rel="noopener noreferrer">
        {t('pages.popup.visitLink')}
      </a>
    </p>
  );
}
