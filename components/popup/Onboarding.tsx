import { t } from '../../lib/i18n';

interface Props {
  onOpenSettings: () => void;
}

/** First run: what the extension needs and why a dedicated account is wiser. */
export function Onboarding({ onOpenSettings }: Props) {
  return (
    <section class="card onboarding" aria-labelledby="onboarding-title" data-testid="onboarding">
      <h2 id="onboarding-title">{t('onboarding.title')}</h2>
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
