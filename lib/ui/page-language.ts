import { browser } from 'wxt/browser';
import { pickLanguage, setLanguage } from '../i18n';
import { parseSettings } from '../settings';
import { settingsItem } from '../storage/items';

/** Sets the language of an extension page from the stored settings before it renders. */
export async function applyLanguage(): Promise<void> {
  const settings = parseSettings(await settingsItem.getValue().catch(() => null));
  const lang = pickLanguage(settings.language, browser.i18n?.getUILanguage?.() ?? navigator.language);
  setLanguage(lang);
  document.documentElement.lang = lang;
}
