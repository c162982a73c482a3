import type { ReviewedFinding } from '../engine/acceptances';
import type { Review } from '../engine/review';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { acrossApps, type PageScope } from './across-apps';
import { overlayLabels } from './app-view';
import { sharedByApp, sharedWith } from './app-share';
import { peopleBanner } from './people-banner';
import { personOverlay } from './person';
import type { OverlayView, PageListing, PersonOverlay } from './types';
import { tCount } from '../i18n/plural';

// The overlay of the account-wide collaborators page (`/collaborators`), which lists every
// person of every app, grouped by person or by app. It gets a line per person across apps,
// and one per (person, app) for the grouped-by-app view. Once the page says what it lists
// (`shown`), the banner counts only the findings of those people on those apps, and a person's
// chip speaks of the apps the page lists and says how many it leaves out (across-apps.ts). A
// person listed with no app read is not narrowed: never a false all-clear.

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
  const byEmail = new Map<string, Assignment[]>();
  for (const a of snapshot.assignments) {
    const key = a.email.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), a]);
  }
  const appName = (a: Assignment) => apps.get(a.appId)?.name ?? '';
  // People listed with no app read (a collapsed group, a row under no heading): any of their apps
  // may be on the page, so their findings and their apps' count.
  const unread = onPage ? [...onPage].filter(([, s]) => s.size === 0).map(([email]) => email) : [];
  const listedApps = onPage ? new Set([...onPage.values()].flatMap((s) => [...s])) : null;
  for (const email of unread) for (const a of byEmail.get(email) ?? []) listedApps?.add(appName(a));
  // A person's finding counts when the page lists that person (on that app); an app's finding of
  // no one person, when it lists that app; the account's own (its API tokens) are not this page's.
  const isShown = (f: ReviewedFinding) => {
    if (!f.person) return f.app !== null && (!listedApps || listedApps.has(f.app.name));
    const listed = onPage?.get(f.person.email.toLowerCase());
    if (!onPage) return true;
    return listed !== undefined && (f.app === null || listed.size === 0 || listed.has(f.app.name));
  };
  const scopeOf = (key: string): PageScope => {
    const listed = onPage?.get(key);
    if (!listed) return { kind: 'all' };
    return listed.size === 0 ? { kind: 'unread' } : { kind: 'listed', apps: listed };
  };
  const findingsOf = new Map<string, ReviewedFinding[]>();
  for (const f of review.findings) {
    const key = f.person?.email.toLowerCase();
    if (key) findingsOf.set(key, [...(findingsOf.get(key) ?? []), f]);
  }
  // An app's finding each of its full Collaborators shares (too many of them) shows beside each; the banner counts it once.
  const shared = sharedByApp(review.findings);
  const people: PersonOverlay[] = [];
  for (const [key, list] of byEmail) {
    const all = [...(findingsOf.get(key) ?? []), ...list.flatMap((a) => sharedWith(a, shared))];
    people.push(acrossApps(list[0]!.email, list, appName, all, scopeOf(key)));
    for (const a of list) {
      const own = all.filter((f) => f.app === null || f.app.id === a.appId);
      people.push({ ...personOverlay(a, own, now, snapshot), app: apps.get(a.appId)?.name ?? null });
    }
  }
  const open = review.findings.filter((f) => f.state === 'open' && isShown(f));
  const banner = peopleBanner(open, more && onPage ? onPage.size : null, unread.length);
  const labels = overlayLabels(open.length);
  // Not narrowed to what the page lists: the corner chip counts the account's, and says so.
  if (!onPage) labels.degraded = tCount('overlay.people.degraded', open.length);
  return { app: null, banner, people, labels };
}
