import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<boolean>;
}

/** Language, and the auth service URL (changed only to use the mock Scalingo or a proxy). */
export function AdvancedSettings({ settings, onSave }: Props) {
  const [authUrl, setAuthUrl] = useState(settings.authUrl);
  const [language, setLanguage] = useState(settings.language);
  const [saved, setSaved] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setSaved(await onSave({ authUrl: authUrl.trim(), language }));
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="advanced-title">
      <h2 id="advanced-title">{t('options.advanced')}</h2>
      <label for="language">{t('options.language')}</label>
      <select id="language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as Settings['language'])}>
        <option value="auto">{t('options.language.auto')}</option>
        <option value="en">English</option>
        <option value="fr">Français</option>
      </select>
      <label for="auth-url">{t('options.authUrl.label')}</label>
      <input id="auth-url" type="url" value={authUrl} onInput={(e) => setAuthUrl(e.currentTarget.value)} />
      <button type="submit">{t('options.save')}</button>
      {saved && <p class="notice" role="status">{t('options.saved')}</p>}
    </form>
  );
}
