import { t } from '../i18n';
import { tCount } from '../i18n/plural';
import type { ReviewedFinding } from '../engine/acceptances';
import { byUrgency } from '../engine/finding';
import type { Assignment } from '../scan/snapshot';
import { overlayFinding } from './person';
import { toneOf, type PersonOverlay } from './types';

// A person's line across apps on the account-wide page. Its priority, suggested change and
// evidence come from the findings about the apps the page lists for that person (`onPage`), so the
// chip agrees with the banner, which counts only those; the rest are counted ("+3 findings on
// apps not on this page"), never shown as if they were this page's. A person listed with no app
// read (a collapsed group, a row under no app heading) is not narrowed: all their findings, and
// the chip says some of the apps may not be on the page.

/** What the page shows of one person's apps. */
export type PageScope =
  | { kind: 'all' } // the page's listing is not known yet
  | { kind: 'unread' } // listed, but no app of theirs read
  | { kind: 'listed'; apps: ReadonlySet<string> };

export function acrossApps(
  email: string,
  list: Assignment[],
  appName: (a: Assignment) => string,
  findings: ReviewedFinding[],
  scope: PageScope,
): PersonOverlay {
  const listed = scope.kind === 'listed' ? scope.apps : null;
  const onPage = listed ? findings.filter((f) => f.app === null || listed.has(f.app.name)) : findings;
  const offPage = findings.filter((f) => f.state === 'open' && !onPage.includes(f)).length;
  const sorted = [...onPage].sort(byUrgency);
  const worst = sorted.find((f) => f.state === 'open') ?? null;
  const full = list.filter((a) => a.role !== 'limited').length;
  const hidden = listed ? list.filter((a) => !listed.has(appName(a))).length : 0;
  const apps =
    scope.kind === 'unread'
      ? tCount('overlay.people.appsUnread', list.length, { full })
      : hidden > 0
        ? tCount('overlay.people.appsNotShown', list.length, { hidden, full })
        : tCount('overlay.people.apps', list.length, { full });
  const parts = [
    worst?.priority ?? null,
    apps,
    tfaText(list),
    worst ? t(`overlay.suggest.${worst.action}`) : null,
    offPage > 0 ? tCount('overlay.people.offPage', offPage) : null,
  ];
  return {
    email,
    name: list.find((a) => a.username)?.username ?? email,
    role: list.some((a) => a.role === 'owner') ? 'owner' : full > 0 ? 'collaborator' : 'limited',
    app: null,
    chip: parts.filter((p): p is string => p !== null).join(' · '),
    tone: toneOf(worst?.priority ?? null),
    findings: sorted.map(overlayFinding),
  };
}

function tfaText(list: Assignment[]): string | null {
  if (list.some((a) => a.tfa === false)) return t('badge.tfa.off');
  if (list.some((a) => a.tfa)) return t('badge.tfa.on');
  const joined = list.some((a) => a.status === 'accepted' || a.status === 'owner');
  return joined ? t('overlay.tfa.unknown') : null;
}
