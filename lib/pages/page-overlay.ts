import { t } from '../i18n';
import type { OverlayView } from '../overlay-advice/types';
import type { AccessSnapshot } from '../scan/snapshot';

// The overlay in page-only mode: the same chips, each saying where it comes from (a chip is
// seen alone): its name (heard by a screen reader, badge.ts), its title (the button's accessible
// description and tooltip) and its panel, under
// each finding or beside "no finding", say "page-only" and why, and so does the banner. Call
// with the language already set.

export function labelledForPages(view: OverlayView | null): OverlayView | null {
  if (!view) return null;
  // The account-wide banner names the signed-in account, which the pages do not show: drop the empty name.
  const text = view.banner.text.replace(/^: /, '');
  const source = `${t('pages.overlay.banner')} ${t('confidence.pageShows')}`;
  const labels = {
    ...view.labels,
    chipTitle: `${source} ${view.labels.chipTitle}`,
    chipSource: t('pages.label'),
    noFinding: `${view.labels.noFinding} ${source}`,
  };
  const people = view.people.map((p) => ({
    ...p,
    findings: p.findings.map((f) => ({ ...f, evidence: [...f.evidence, source] })),
  }));
  return { ...view, labels, people, banner: { ...view.banner, text: `${t('pages.overlay.banner')} ${text}` } };
}

/** The region the pages know an app in (an app read on the account-wide page only has none shown). */
export function pageRegionOf(snapshot: AccessSnapshot, app: string, asked: string): string {
  return snapshot.apps.find((a) => a.name === app)?.region ?? asked;
}
