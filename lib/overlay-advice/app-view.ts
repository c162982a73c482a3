import { relativeTime, t } from '../i18n';
import type { ReviewedFinding } from '../engine/acceptances';
import { PRIORITIES, type Priority } from '../engine/finding';
import type { Review } from '../engine/review';
import type { AccessSnapshot } from '../scan/snapshot';
import { sharedByApp, sharedWith } from './app-share';
import { personOverlay } from './person';
import { toneOf, type OverlayLabels, type OverlayView } from './types';
import { tCount } from '../i18n/plural';

// The overlay of one app's collaborators page: a line per person (owner included) and a
// banner summing up the app's findings. Only this app's data leaves the background.

export function overlayLabels(open: number): OverlayLabels {
  return {
    chipTitle: t('overlay.chip.title'),
    openReview: t('overlay.openReview'),
    openFinding: t('overlay.openFinding'),
    close: t('overlay.close'),
    noFinding: t('overlay.noFinding'),
    degraded: tCount('overlay.degraded', open),
  };
}

/** "2 × P1, 1 × P3" of the open findings, most urgent first. */
export function countText(open: ReviewedFinding[]): string {
  return PRIORITIES.map((p) => [p, open.filter((f) => f.priority === p).length] as const)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => `${n} × ${p}`)
    .join(', ');
}

export function worstPriority(open: ReviewedFinding[]): Priority | null {
  return PRIORITIES.find((p) => open.some((f) => f.priority === p)) ?? null;
}

export function overlayOfApp(
  snapshot: AccessSnapshot,
  review: Review,
  region: string,
  name: string,
  now: Date,
): OverlayView | null {
  const app = snapshot.apps.find((a) => a.region === region && a.name === name);
  if (!app) return null;
  const people = snapshot.assignments.filter((a) => a.appId === app.id);
  const emails = new Set(people.map((a) => a.email.toLowerCase()));
  const ofApp = review.findings.filter((f) => f.app?.id === app.id);
  // Person-wide findings (e.g. full access to many apps) also show beside that person here.
  const mine = ofApp.concat(
    review.findings.filter((f) => f.app === null && f.person && emails.has(f.person.email.toLowerCase())),
  );
  const byPerson = new Map<string, ReviewedFinding[]>();
  for (const f of mine) {
    const key = f.person?.email.toLowerCase();
    if (key) byPerson.set(key, [...(byPerson.get(key) ?? []), f]);
  }
  const shared = sharedByApp(ofApp);
  const open = ofApp.filter((f) => f.state === 'open');
  const kept = ofApp.filter((f) => f.state === 'accepted' && f.acceptance?.kind === 'kept').length;
  const accepted = ofApp.length - open.length - kept;
  // While the scan reads this app's events and SCM link, its findings may still change; a stopped scan reads no more.
  const pending = snapshot.partial?.pending.includes(`${app.region}/${app.id}`);
  const scanned = pending
    ? t(snapshot.partial?.cancelled ? 'reading.appStopped' : 'reading.app')
    : t('overlay.banner.scanned', { when: relativeTime(snapshot.scannedAt, now) });
  const head =
    open.length > 0
      ? tCount('overlay.banner.findings', open.length, { app: app.name, detail: countText(open) })
      : t('overlay.banner.none', { app: app.name });
  const tail = [
    accepted > 0 ? tCount('overlay.banner.accepted', accepted) : null,
    kept > 0 ? tCount('overlay.banner.kept', kept) : null,
    scanned,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    app: { name: app.name, region: app.region },
    banner: { text: `${head} · ${tail}`, tone: toneOf(worstPriority(open)) },
    // An app's finding that each full Collaborator shares (too many of them) shows beside each, counted once above.
    people: people.map((a) => {
      const own = byPerson.get(a.email.toLowerCase()) ?? [];
      return personOverlay(a, [...own, ...sharedWith(a, shared)], now, snapshot);
    }),
    labels: overlayLabels(open.length),
  };
}
