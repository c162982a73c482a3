import { t } from '../i18n';
import type { ReviewedFinding } from '../engine/acceptances';
import type { Review } from '../engine/review';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { overlayLabels } from './app-view';
import { peopleBanner } from './people-banner';
import { byUrgency } from '../engine/finding';
import { overlayFinding, personOverlay } from './person';
import { toneOf, type OverlayView, type PageListing, type PersonOverlay } from './types';

// The overlay of the account-wide collaborators page (`/collaborators`), which lists every
// person of every app, grouped by person or by app. It gets a line per person across apps,
// and one per (person, app) for the grouped-by-app view. Once the page says what it lists
// (`shown`), the banner counts only the findings of those people on those apps, and a person's
// chip says how many of their apps the page leaves out.

function acrossApps(
  email: string,
  list: Assignment[],
  findings: ReviewedFinding[],
  hidden: number | null,
): PersonOverlay {
  const sorted = [...findings].sort(byUrgency);
  const worst = sorted.find((f) => f.state === 'open') ?? null;
  const full = list.filter((a) => a.role !== 'limited').length;
  const joined = list.filter((a) => a.status === 'accepted' || a.status === 'owner');
  const tfa = list.some((a) => a.tfa === false)
    ? t('badge.tfa.off')
    : list.some((a) => a.tfa)
      ? t('badge.tfa.on')
      : joined.length > 0
        ? t('overlay.tfa.unknown')
        : null;
  const parts = [
    worst?.priority ?? null,
    hidden
      ? t('overlay.people.appsNotShown', { apps: list.length, hidden, full })
      : t('overlay.people.apps', { apps: list.length, full }),
    tfa,
    worst ? t(`overlay.suggest.${worst.action}`) : null,
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

export function overlayOfPeople(
  snapshot: AccessSnapshot,
  review: Review,
  now: Date,
  shown?: readonly PageListing[],
  /** The page lists more people than `shown` carries (listing.ts): the counts say whom they cover. */
  more = false,
): OverlayView {
  const apps = new Map(snapshot.apps.map((a) => [a.id, a]));
  // Nothing listed (no row read) narrows nothing: never a false all-clear.
  const onPage = shown?.length ? new Map(shown.map((s) => [s.email.toLowerCase(), new Set(s.apps)])) : null;
  const listedApps = onPage ? new Set([...onPage.values()].flatMap((s) => [...s])) : null;
  // A person's finding counts when the page lists that person (on that app); an app's finding of
  // no one person, when it lists that app; the account's own (its API tokens) are not this page's.
  const isShown = (f: ReviewedFinding) => {
    if (!f.person) return f.app !== null && (!listedApps || listedApps.has(f.app.name));
    const listed = onPage?.get(f.person.email.toLowerCase());
    return !onPage || (listed !== undefined && (f.app === null || listed.has(f.app.name)));
  };
  const byEmail = new Map<string, Assignment[]>();
  for (const a of snapshot.assignments) {
    const key = a.email.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), a]);
  }
  const findingsOf = new Map<string, ReviewedFinding[]>();
  for (const f of review.findings) {
    const key = f.person?.email.toLowerCase();
    if (key) findingsOf.set(key, [...(findingsOf.get(key) ?? []), f]);
  }
  const people: PersonOverlay[] = [];
  for (const [key, list] of byEmail) {
    const all = findingsOf.get(key) ?? [];
    const listed = onPage?.get(key);
    const hidden = listed ? list.filter((a) => !listed.has(apps.get(a.appId)?.name ?? '')).length : null;
    people.push(acrossApps(list[0]!.email, list, all, hidden));
    for (const a of list) {
      const app = apps.get(a.appId);
      const own = all.filter((f) => f.app === null || f.app.id === a.appId);
      people.push({ ...personOverlay(a, own, now, snapshot), app: app?.name ?? null });
    }
  }
  const open = review.findings.filter((f) => f.state === 'open' && isShown(f));
  const banner = peopleBanner(open, more && onPage ? onPage.size : null);
  const labels = overlayLabels(open.length);
  // Not narrowed to what the page lists: the corner chip counts the account's, and says so.
  if (!onPage) labels.degraded = t('overlay.people.degraded', { open: open.length });
  return { app: null, banner, people, labels };
}
