import { t } from '../i18n';
import type { OverlayView } from '../overlay-advice/types';
import type { AccessSnapshot } from '../scan/snapshot';

// The overlay in page-only mode: the same chips, with the banner saying where they come from.
// Call with the language already set.

export function labelledForPages(view: OverlayView | null): OverlayView | null {
  if (!view) return null;
  // The account-wide banner names the signed-in account, which the pages do not show: drop the empty name.
  const text = view.banner.text.replace(/^: /, '');
  return { ...view, banner: { ...view.banner, text: `${t('pages.overlay.banner')} ${text}` } };
}

/** The region the pages know an app in (an app read on the account-wide page only has none shown). */
export function pageRegionOf(snapshot: AccessSnapshot, app: string, asked: string): string {
  return snapshot.apps.find((a) => a.name === app)?.region ?? asked;
}
