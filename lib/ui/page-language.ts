import { browser } from 'wxt/browser';
import { pickLanguage, setLanguage } from '../i18n';
import { idb } from '../storage/idb';
import { RECORDS } from '../storage/items';
import { ask } from './ask';

/**
 * Sets the language of an extension page from the stored settings before it renders. Only the
 * one field is read (by hand: pages that paint first must not load zod); anything else is 'auto'.
 * Before the first start of an update has moved the settings (no layout marker yet), the
 * background is asked instead: it answers once they are moved.
 */
export async function applyLanguage(): Promise<void> {
  const data = idb('data');
  const [settings, layout] = await Promise.all([
    data.get(RECORDS.settings).catch(() => null),
    data.get(RECORDS.layout).catch(() => null),
  ]);
  const asked = layout === undefined ? await ask({ type: 'getSettings' }) : null;
  const source: unknown = asked ? (asked.ok ? asked.data : null) : settings;
  const stored = source && typeof source === 'object' ? (source as { language?: unknown }).language : undefined;
  const setting = stored === 'en' || stored === 'fr' ? stored : 'auto';
  const lang = pickLanguage(setting, browser.i18n?.getUILanguage?.() ?? navigator.language);
  setLanguage(lang);
  document.documentElement.lang = lang;
}
