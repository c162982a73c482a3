import type { BackgroundRequest, Responses } from '../messages/protocol';
import { freshPages, mergeReading } from '../pages/merge';
import { pageReview, type PageReview } from '../pages/page-review';
import { PageSnapshot, type PageRow } from '../pages/reading';
import { readingGate } from './reading-rate';
import { ScalingoApiError } from '../scalingo/errors';
import type { HandlerDeps } from './deps';

// Page-only mode, the background's side: readings of the collaborators pages the user opens,
// kept in their own record (never the API snapshot, never a source of a plan or a write, no
// request to Scalingo), and the review of the pages visited. Only when the user chose the mode
// and no token is connected: with a token the API is the source of truth.

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

/** A reading that shows nothing new only dates the apps anew, at most this often (a write each time otherwise). */
const REDATE_MS = 60_000;

/**
 * Page-only mode applies: chosen in the settings and no token connected. An API snapshot a gone
 * token left (a session token is gone when the browser closes, its snapshot stays) stays stored,
 * apart: the views see none while the pages are the source (viewedSnapshot), never two mixed.
 */
export async function pageOnlyActive(deps: {
  store: Pick<HandlerDeps['store'], 'getSettings'>;
  vault: HandlerDeps['vault'];
}): Promise<boolean> {
  const [settings, token] = await Promise.all([deps.store.getSettings(), deps.vault.get()]);
  return settings.pageOnly && token === null;
}

/** The API snapshot as the views see it: none while page-only mode applies. */
export async function viewedSnapshot(deps: {
  store: Pick<HandlerDeps['store'], 'getSettings' | 'getSnapshot'>;
  vault: HandlerDeps['vault'];
}) {
  return (await pageOnlyActive(deps)) ? null : deps.store.getSnapshot();
}

/** The review of the pages visited, when page-only mode applies and a page was read. */
export async function pagesReview(
  deps: Pick<HandlerDeps, 'store' | 'vault'>,
  now: Date,
): Promise<(PageReview & { pages: PageSnapshot }) | null> {
  if (!(await pageOnlyActive(deps))) return null;
  const [stored, policy] = await Promise.all([deps.store.getPageSnapshot(), deps.store.getPolicy()]);
  const pages = freshPages(stored, policy.lookBackDays, now);
  if (!pages || pages.apps.length === 0) return null;
  // No accepted risk applies: those stored are the API era's, and a page finding can share an id
  // with one (full-on-many-apps names the person only): trusted state never hides a page finding.
  return { ...pageReview(pages, policy, [], now), pages };
}

/** The alarm that forgets readings older than the look-back window, hourly, while the worker sleeps. */
export const PAGES_ALARM = 'page-readings-expiry';

/**
 * Forgets, in storage, the apps read longer ago than the look-back window (PRIVACY.md), not only
 * when a new reading comes: at the worker's start and on PAGES_ALARM. True when any app went.
 */
export async function expireReadings(deps: Pick<HandlerDeps, 'store'>, now: Date): Promise<boolean> {
  return deps.store.exclusive(async (store) => {
    const stored = await store.getPageSnapshot();
    if (!stored) return false;
    const fresh = freshPages(stored, (await store.getPolicy()).lookBackDays, now)!;
    // An app gone, or a person or value an account-wide reading carried (lib/pages/carry.ts).
    if (JSON.stringify(fresh.apps) === JSON.stringify(stored.apps)) return false;
    await store.setPageSnapshot(fresh.apps.length > 0 ? fresh : null);
    return true;
  });
}

export function pageHandlers(deps: HandlerDeps, now: () => Date, publish: () => Promise<unknown>) {
  const gate = readingGate(() => now().getTime());
  const pageReading: Handler<'pageReading'> = async ({ rows, leftOut, listed, page }) => {
    if (!page) throw new ScalingoApiError('forbidden', 'A page reading must come from a dashboard page.');
    if (!(await pageOnlyActive(deps))) return false;
    // A tab's readings are capped (a hostile page flooding): the latest of each page is kept.
    return gate(String(page.tab ?? page.url), page.url, () => keep(rows, leftOut ?? [], listed ?? [], page));
  };
  const keep = async (
    rows: PageRow[],
    leftOut: string[],
    listed: string[],
    page: { url: string; region: string | null },
  ) => {
    if (!(await pageOnlyActive(deps))) return false;
    const at = now();
    const changed = await deps.store.exclusive(async (store) => {
      // Again under the lock: a connect since the check above cleared the pages for the API's sake.
      if (!(await pageOnlyActive({ store, vault: deps.vault }))) return false;
      const prev = freshPages(await store.getPageSnapshot(), (await store.getPolicy()).lookBackDays, at);
      const merged = mergeReading(prev, { url: page.url, region: page.region, rows, leftOut, listed, at });
      // What is stored must read back: a snapshot that would not parse would be lost whole.
      const checked = PageSnapshot.safeParse(merged.next);
      if (!checked.success) throw new ScalingoApiError('invalid', 'This page reading could not be kept.');
      const { changed } = merged;
      const next = checked.data;
      const names = new Set(rows.map((r) => r.app));
      const lastRead = prev?.apps.filter((a) => names.has(a.name)).map((a) => Date.parse(a.readAt)) ?? [];
      const stale = lastRead.length < names.size || lastRead.some((t) => at.getTime() - t >= REDATE_MS);
      if (changed || stale) await store.setPageSnapshot(next);
      return changed || stale;
    });
    if (changed) await publish();
    return changed;
  };
  const getPageSnapshot: Handler<'getPageSnapshot'> = async () => {
    const r = await pagesReview(deps, now());
    if (!r) return null;
    return {
      snapshot: r.snapshot,
      pages: r.pages.apps.map((a) => ({ app: a.name, region: a.region, readAt: a.readAt })),
      policy: r.policy,
      domains: r.domains,
    };
  };
  const pageOnlyMode: Handler<'pageOnlyMode'> = () => pageOnlyActive(deps);
  return { pageOnlyMode, pageReading, getPageSnapshot };
}
