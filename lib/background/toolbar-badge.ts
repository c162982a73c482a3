import { inLanguage, language, t, type Language } from '../i18n';
import { tCount } from '../i18n/plural';
import type { ReviewSummary } from '../engine/summary';

// The toolbar badge: the number of open findings at the two highest priorities (red when a
// P1 is among them), nothing when there are none or before the first scan. Its title says when
// the findings come from the pages visited (page-only mode), not from Scalingo's API, and how
// many decisions (accepted risks, keeps) expire within 14 days, marked by an hourglass on the badge.

export interface ActionApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

export type ReviewSource = 'api' | 'pages';

export async function showOnBadge(
  action: ActionApi,
  summary: ReviewSummary | null,
  source: ReviewSource = 'api',
  lang: Language = language(), // the reviewer's (settings, else the browser's): the worker has no page to set it
): Promise<void> {
  const urgent = summary?.urgent ?? 0;
  const expiring = summary?.expiring ?? 0;
  // The hourglass marks decisions ending within 14 days, beside the urgent count when there is one.
  const count = urgent > 0 ? String(Math.min(urgent, 999)) : '';
  await action.setBadgeText({ text: `${count}${expiring > 0 ? '⌛' : ''}` });
  if (urgent > 0) await action.setBadgeBackgroundColor({ color: summary!.open.P1 > 0 ? '#c62828' : '#ef6c00' });
  else if (expiring > 0) await action.setBadgeBackgroundColor({ color: '#546e7a' });
  const title = inLanguage(lang, () =>
    [
      t('app.name'),
      ...(source === 'pages' ? [t('pages.label')] : []),
      ...(expiring > 0 ? [tCount('reminders.expiring', expiring)] : []),
    ].join(' · '),
  );
  await action.setTitle({ title });
}
