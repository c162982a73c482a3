import { t } from '../../lib/i18n';

interface Props {
  onOpenSettings: () => void;
  /** Page-only mode: the user chooses it here (never on by itself). */
  onTryPages?: () => void;
}

/** First run: the two paths, without a token (the pages you open) or with one, and what each can do. */
export function Onboarding({ onOpenSettings, onTryPages }: Props) {
  return (
    <section class="card onboarding" aria-labelledby="onboarding-title" data-testid="onboarding">
      <h2 id="onboarding-title">{t('onboarding.title')}</h2>
      <h3>{t('pages.onboarding.pagesTitle')}</h3>
      <p>{t('pages.onboarding.pagesWhat')}</p>
      <p class="muted">{t('pages.onboarding.pagesCannot')}</p>
      {onTryPages && (
        <button class="secondary" onClick={onTryPages}>
          {t('pages.onboarding.pagesStart')}
        </button>
      )}
      <h3>{t('pages.onboarding.tokenTitle')}</h3>
      <p>{t('pages.onboarding.tokenWhat')}</p>
      <p class="muted">{t('pages.onboarding.tokenCannot')}</p>
      <ol>
        <li>{t('onboarding.token')}</li>
        <li>
          {t('onboarding.create')}{' '}
          <a href="https://dashboard.scalingo.com/account/tokens" target="_blank" rel="noopener noreferrer">
            {t('options.token.link')}
          </a>
        </li>
        <li>{t('onboarding.dedicated')}</li>
        <li>{t('onboarding.readOnly')}</li>
      </ol>
      <button onClick={onOpenSettings}>{t('onboarding.connect')}</button>
    </section>
  );
}
