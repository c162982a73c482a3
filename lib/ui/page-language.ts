import { browser } from 'wxt/browser';
import { pickLanguage, setLanguage } from '../i18n';
import { settingsItem } from '../storage/items';

/**
 * Sets the language of an extension page from the stored settings before it renders. Only the
 * one field is read (by hand: pages that paint first must not load zod); anything else is 'auto'.
 */
export async function applyLanguage(): Promise<void> {
  const settings: unknown = await settingsItem.getValue().catch(() => null);
  const stored = settings && typeof settings === 'object' ? (settings as { language?: unknown }).language : undefined;
  const setting = stored === 'en' || stored === 'fr' ? stored : 'auto';
  const lang = pickLanguage(setting, browser.i18n?.getUILanguage?.() ?? navigator.language);
  setLanguage(lang);
  document.documentElement.lang = lang;
}
