import { browser } from 'wxt/browser';
import { pickLanguage, setLanguage } from '../i18n';
import { ask } from './ask';

/** Sets the language of an extension page from the settings before it renders. */
export async function applyLanguage(): Promise<void> {
  const settings = await ask({ type: 'getSettings' });
  const lang = pickLanguage(settings.ok ? settings.data.language : 'auto', browser.i18n?.getUILanguage?.() ?? navigator.language);
  setLanguage(lang);
  document.documentElement.lang = lang;
}
