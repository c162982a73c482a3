import { inLanguage, pickLanguage, t, type Language } from '../i18n';
import type { ReviewedFinding } from '../engine/acceptances';
import type { Review } from '../engine/review';
import { reviewPath } from '../review/hash-filter';
import type { HandlerDeps } from './deps';
import { tCount } from '../i18n/plural';

// A scheduled scan that finds a P1 or P2 the review before it did not have raises a browser
// notification (issue #18, item 7); clicking it opens the review on those findings. Manual scans
// never notify (the user is looking), nor does the first scan (everything would be "new": the
// popup says it), nor a scan when the setting `notifyNewUrgent` is off. A scheduled scan cut
// short keeps the findings it compares with in its stored publication (`partial.notifyKnown`):
// the resumed scan notifies when it ends.

/** The subset of `browser.notifications` used (tests give a fake through deps.ts). */
export interface NotificationsApi {
  create(id: string, options: { title: string; message: string }): Promise<unknown>;
}

/** A notification's id carries the findings it is about, so a click needs no stored state. */
const PREFIX = 'new-urgent:';
/** A notification names at most this many findings: the review shows the rest. */
const MAX_IDS = 50;

/** Open P1 and P2 findings of `after` that `before` did not have, in any state. */
export function newUrgent(before: Review | null, after: Review | null): ReviewedFinding[] {
  return before
    ? newUrgentSince(
        before.findings.map((f) => f.id),
        after,
      )
    : [];
}

/** Open P1 and P2 findings of `after` whose ids are not among `before` (a review's finding ids). */
export function newUrgentSince(before: readonly string[], after: Review | null): ReviewedFinding[] {
  if (!after) return [];
  const known = new Set(before);
  return after.findings.filter(
    (f) => f.state === 'open' && (f.priority === 'P1' || f.priority === 'P2') && !known.has(f.id),
  );
}

/** In the reviewer's language (the setting, else the browser's): the worker has no page to set it. */
export async function notifyNewUrgent(
  api: NotificationsApi,
  found: ReviewedFinding[],
  setting: 'auto' | Language,
  browserLanguage: string | undefined,
): Promise<void> {
  if (found.length === 0) return;
  const p1 = found.filter((f) => f.priority === 'P1').length;
  const ids = found.slice(0, MAX_IDS).map((f) => encodeURIComponent(f.id));
  await api.create(
    `${PREFIX}${ids.join(',')}`,
    inLanguage(pickLanguage(setting, browserLanguage), () => ({
      title: t('notify.title'),
      message: tCount('notify.message', found.length, { p1, p2: found.length - p1 }),
    })),
  );
}

/** Once a scheduled scan (or its resumed rest) has ended: the new P1 and P2 against `before`, when the setting is on. */
export async function notifyAfterScheduled(
  deps: Pick<HandlerDeps, 'store' | 'notifications' | 'uiLanguage'>,
  before: readonly string[],
  after: Review | null,
): Promise<void> {
  const settings = await deps.store.getSettings();
  if (!deps.notifications || !settings.notifyNewUrgent) return;
  const found = newUrgentSince(before, after);
  await notifyNewUrgent(deps.notifications, found, settings.language, deps.uiLanguage?.()).catch(() => undefined);
}

/** The ids of a review's findings (what a scheduled scan compares with), none without a review. */
export const findingIds = async (review: Promise<Review | null>): Promise<string[] | undefined> =>
  (await review)?.findings.map((f) => f.id);

/** At the worker's start: `resume` goes on with a scan cut short; a scheduled scan's rest that ends notifies. */
export async function resumeNotifying(
  deps: Pick<HandlerDeps, 'store' | 'notifications' | 'uiLanguage'>,
  resume: () => Promise<void>,
  current: () => Promise<Review | null>,
): Promise<void> {
  const before = (await deps.store.getSnapshot())?.partial?.notifyKnown;
  await resume();
  if (before && (await deps.store.getScanState()).phase === 'done')
    await notifyAfterScheduled(deps, before, await current());
}

/** The review page on a clicked notification's findings, or null for a notification not ours. */
export function reviewPathFor(notificationId: string): string | null {
  if (!notificationId.startsWith(PREFIX)) return null;
  const findings = notificationId.slice(PREFIX.length).split(',').flatMap(decoded);
  return reviewPath({ findings });
}

/** An id as notifyNewUrgent encoded it; none when it was not (the id is the browser's to hand back). */
function decoded(part: string): string[] {
  try {
    return [decodeURIComponent(part)];
  } catch {
    return [];
  }
}
