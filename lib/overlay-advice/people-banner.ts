import { t } from '../i18n';
import { tCount } from '../i18n/plural';
import type { ReviewedFinding } from '../engine/acceptances';
import { messageText } from '../ui/message-text';
import { countText, worstPriority } from './app-view';
import { toneOf, type OverlayView } from './types';

// The banner of the account-wide collaborators page: the open findings of the people and apps
// the page lists, and by name those about an app that concern no one person (an SCM link, too
// many full collaborators), which no chip carries. Every word and colon comes from lib/i18n.

/** At most this many app findings named in the banner; the rest are counted. */
const NAMED = 3;

export function peopleBanner(
  open: readonly ReviewedFinding[],
  /** The page lists more people than were counted: say whom the counts cover. */
  capped: number | null,
  /** People listed with no app read: their counts may cover apps the page does not show. */
  unread = 0,
): OverlayView['banner'] {
  const list = [...open];
  const ofApps = list.filter((f) => !f.person);
  const named = ofApps
    .slice(0, NAMED)
    .map((f) => t('overlay.people.appFinding', { priority: f.priority, title: messageText(f.title) }));
  const rest = ofApps.length - named.length;
  const parts = [
    list.length > 0
      ? tCount('overlay.people.findings', list.length, { detail: countText(list) })
      : t('overlay.people.none'),
    ...named,
    rest > 0 ? t('overlay.people.moreAppFindings', { count: rest }) : null,
    unread > 0 ? tCount('overlay.people.unread', unread) : null,
    capped !== null ? tCount('overlay.people.capped', capped) : null,
  ];
  return { text: parts.filter((p): p is string => p !== null).join(' · '), tone: toneOf(worstPriority(list)) };
}
