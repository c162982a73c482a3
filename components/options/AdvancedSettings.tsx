import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { authUrlRefusal, LOOPBACK_AUTH_ALLOWED, type Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  onSave: (patch: Partial<Settings>) => Promise<boolean>;
  /** Only the loopback test build lets the auth service URL be changed (lib/settings.ts). */
  authUrlEditable?: boolean;
}

/** Language, and where the token goes: Scalingo's auth service, fixed in builds for users. */
export function AdvancedSettings({ settings, onSave, authUrlEditable = LOOPBACK_AUTH_ALLOWED }: Props) {
  const [authUrl, setAuthUrl] = useState(settings.authUrl);
  const [language, setLanguage] = useState(settings.language);
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    setSaved(false);
    // Checked here for a clear message at once; the background checks again before keeping it.
    const problem = authUrlEditable ? authUrlRefusal(authUrl) : null;
    setRefusal(problem);
    if (problem) return;
    setSaved(await onSave(authUrlEditable ? { authUrl: authUrl.trim(), language } : { language }));
  }

  return (
    <form class="card" onSubmit={(e) => void submit(e)} aria-labelledby="advanced-title">
      <h2 id="advanced-title">{t('options.advanced')}</h2>
      <label for="language">{t('options.language')}</label>
      <select
        id="language"
        value={language}
        onChange={(e) => setLanguage(e.currentTarget.value as Settings['language'])}
      >
        <option value="auto">{t('options.language.auto')}</option>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </select>
      {authUrlEditable ? (
        <>
          <label for="auth-url">{t('options.authUrl.label')}</label>
          <p class="help">{t('options.authUrl.help')}</p>
          <input id="auth-url" type="url" value={authUrl} onInput={(e) => setAuthUrl(e.currentTarget.value)} />
        </>
      ) : (
        <p class="help" data-testid="auth-url-fixed">
          {t('options.authUrl.fixed', { url: settings.authUrl })}
        </p>
      )}
      <button type="submit">{t('options.save')}</button>
      {/* The extension's own refusal, said as is: Scalingo was never asked. */}
      {refusal && (
        <p class="notice notice-error" role="alert">
          {refusal}
        </p>
      )}
      {saved && (
        <p class="notice" role="status">
          {t('options.saved')}
        </p>
      )}
    </form>
  );
}
