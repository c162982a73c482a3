import { language as currentLanguage, pickLanguage, setLanguage } from '../i18n';
import type { BackgroundRequest, Responses } from '../messages/protocol';
import { overlayOfApp } from '../overlay-advice/app-view';
import { inviteAdvice } from '../overlay-advice/invite-advice';
import { overlayOfPeople } from '../overlay-advice/people-view';
import type { Review } from '../engine/review';
import type { AccessSnapshot } from '../scan/snapshot';
import { appKey, budgetStore, type BudgetArea } from './overlay-budget-store';
import { REFRESH_EVERY_MS, takeOpen, takeRefresh } from './overlay-limits';
import type { ServiceDeps } from './deps';
import { labelledForPages, pageRegionOf } from '../pages/page-overlay';
import { viewedSnapshot } from './page-handlers';

// What the dashboard's content script may ask (dispatch.ts checks that it asks only about the
// page it is on): the overlay of the app or of the account-wide page as finished texts, advice
// for an invitation, a refresh when the page disagrees with the scan, and opening the review.
// The last two are budgeted (overlay-limits.ts): the page's own scripts can fake what it shows;
// the budgets are kept in storage.session, so a restart of the background does not reset them.

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

interface Scans {
  start(token: string): Promise<void>;
  /** The page is about this app: a running scan reads it next (only reorders reads). */
  want?(app: { region: string; app: string }): void;
}

export { REFRESH_EVERY_MS };

/** A page language the overlay has strings for (lib/i18n's `Language`), with or without a region. */
const SPOKEN = /^(en|fr)(-|$)/i;

export function overlayHandlers(
  deps: ServiceDeps,
  now: () => Date,
  withSnapshot: () => Promise<{ snapshot: AccessSnapshot; review: Review; pages?: unknown } | null>,
  scans: Scans,
  budgetArea?: BudgetArea,
) {
  const budgets = budgetStore(budgetArea);

  /**
   * Renders in the page's language on "automatic" (its `lang`, when it is one the extension
   * speaks: a German page in a French browser gets French, not English), else the setting or the
   * browser's, then gives the background its language back: set, render and restore run in one
   * synchronous block, so a page's `lang` never reaches another answer, a plan or a frozen review.
   */
  async function speak<T>(lang: string | undefined, render: () => T): Promise<T> {
    const { language } = await deps.store.getSettings();
    const before = currentLanguage();
    const spoken = lang && SPOKEN.test(lang) ? lang : undefined;
    setLanguage(pickLanguage(language, spoken ?? deps.uiLanguage?.()));
    try {
      return render();
    } finally {
      setLanguage(before);
    }
  }

  const appView: Handler<'appView'> = async ({ region, app, lang }) => {
    scans.want?.({ region, app });
    const both = await withSnapshot();
    if (!both) return null;
    return speak(lang, () =>
      both.pages
        ? labelledForPages(
            overlayOfApp(both.snapshot, both.review, pageRegionOf(both.snapshot, app, region), app, now()),
          )
        : overlayOfApp(both.snapshot, both.review, region, app, now()),
    );
  };

  const peopleView: Handler<'peopleView'> = async ({ shown, more, lang }) => {
    const both = await withSnapshot();
    if (!both) return null;
    return speak(lang, () => {
      const view = overlayOfPeople(both.snapshot, both.review, now(), shown, more);
      return both.pages ? labelledForPages(view) : view;
    });
  };

  const adviseInvite: Handler<'inviteAdvice'> = async ({ region, app, email, lang }) => {
    const [snapshot, policy] = await Promise.all([viewedSnapshot(deps), deps.store.getPolicy()]);
    return speak(lang, () => inviteAdvice(snapshot, policy, region, app, email, now()));
  };

  // The page shows a role the scan does not know: rescan (incremental, so cheap), only for an
  // app of the snapshot, at most once every few minutes per app and a few times overall, then
  // answer with the new overlay.
  const refreshApp: Handler<'refreshApp'> = async (req) => {
    const known =
      (await withSnapshot())?.snapshot.apps.some((a) => a.region === req.region && a.name === req.app) ?? false;
    const token = known ? await deps.vault.get() : null;
    if (token) {
      const key = await appKey(req.region, req.app);
      if (await budgets.spend((b) => takeRefresh(b, key, now().getTime()))) await scans.start(token);
    }
    return appView({ type: 'appView', region: req.region, app: req.app, lang: req.lang });
  };

  const openReview: Handler<'openReview'> = async ({ findingId }) => {
    if (!(await budgets.spend((b) => takeOpen(b, now().getTime())))) return false;
    const hash = findingId ? `#finding=${encodeURIComponent(findingId)}` : '';
    await deps.openPage?.(`/review.html${hash}`);
    return true;
  };

  return { appView, peopleView, inviteAdvice: adviseInvite, refreshApp, openReview };
}
