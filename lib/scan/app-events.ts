import { FOLD_VERSION, foldEvents, type AppActivity } from '../activity/app-activity';
import type { ScalingoClient } from '../scalingo/client';
import type { Event, EventsResponse } from '../scalingo/schemas';

type Pagination = NonNullable<NonNullable<EventsResponse['meta']>['pagination']>;

// One app's events, page after page until the look-back window's start or the newest event a
// previous scan already has (incremental), as long as they come newest first; oldest first,
// every page is read. Overlapping pages (an event that arrived while paging shifts them) are
// de-duplicated by id.

/** A last guard against a paginator that never ends: 100,000 events is more than any window needs. */
const MAX_PAGES = 1000;

export const EVENTS_PER_PAGE = 100; // Scalingo's maximum is undocumented (§6.5); pagination meta drives paging either way.

export type EventsClient = Pick<ScalingoClient, 'events'>;

export interface AppEventsJob {
  api: string;
  appId: string;
  region: string;
  previous: AppActivity | null;
  collaboratorsKey: string;
  windowStart: number;
  now: Date;
  onPage?: () => void;
  /** The scan stopped (revoked token, cancel): no further page is asked, queued or not. */
  signal?: AbortSignal;
}

export interface AppEventsResult {
  activity: AppActivity | null;
  pages: number;
  error: unknown;
  /** Malformed events left out (each counted, none fatal for its page). */
  skipped: number;
}

export async function fetchAppEvents(client: EventsClient, job: AppEventsJob): Promise<AppEventsResult> {
  const { previous, windowStart } = job;
  const fresh: Event[] = [];
  const seen = new Set<string>();
  const order = new OrderSeen();
  let pages = 0;
  let skipped = 0;
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      job.signal?.throwIfAborted();
      const {
        events,
        meta,
        skipped: bad = 0,
      } = await client.events(job.api, job.appId, page, EVENTS_PER_PAGE, job.signal);
      pages++;
      skipped += bad;
      job.onPage?.();
      let added = 0;
      let reachedOld = false;
      order.see(events.map((e) => Date.parse(e.created_at)));
      for (const e of events) {
        const at = Date.parse(e.created_at);
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        added++;
        // Known (the previous record has it) or before the window: skipped, and with Scalingo's
        // newest-first order, every later page is older still.
        if (
          at < windowStart ||
          (previous && (e.id === previous.newestEventId || (previous.newestAt !== null && at < previous.newestAt)))
        )
          reachedOld = true;
        else fresh.push(e);
      }
      // A page with nothing new (a server that ignores `page`) ends it too: never loop.
      const repeated = events.length > 0 && added === 0;
      if (isLastPage(meta?.pagination, events.length + bad) || repeated || (reachedOld && !order.oldestFirst)) break;
    }
  } catch (error) {
    // A first fetch keeps what it got, marked incomplete; a refresh that stopped half-way keeps
    // the previous record whole (merging would leave a silent gap) and fetches again next time.
    if (previous || fresh.length === 0) return { activity: previous, pages, error, skipped };
    const oldest = Math.min(...fresh.map((e) => Date.parse(e.created_at)));
    const partial = foldEvents(blank(job, null), fresh, windowStart);
    // Oldest first, what was read is the start of the history, not its end: nothing is complete.
    const coveredSince = order.oldestFirst ? job.now.getTime() : Math.max(oldest, windowStart) + 1;
    return { activity: { ...partial, coveredSince }, pages, error, skipped };
  }
  // Complete from the window's start: we reached it, or the previous (complete) record, or the
  // end of the history: what Scalingo keeps is all there is (retention undocumented, §3.5 [unconfirmed]).
  // The caller passes `previous` only when it was complete.
  const coveredSince = windowStart;
  const base = previous
    ? { ...previous, fetchedAt: job.now.toISOString(), collaboratorsKey: job.collaboratorsKey }
    : blank(job, null);
  return { activity: { ...foldEvents(base, fresh, windowStart), coveredSince }, pages, error: null, skipped };
}

/**
 * The last page, by every paginator Scalingo runs: `next_page` null or absent, or not past the
 * current page (go-utils answers `next_page = total_pages` on the last one, §8), or
 * `current_page` at `total_pages`, or an empty page.
 */
function isLastPage(p: Pagination | undefined, count: number): boolean {
  if (count === 0 || !p) return true;
  if (p.next_page === null || p.next_page === undefined || p.next_page <= p.current_page) return true;
  return p.total_pages !== undefined && p.current_page >= p.total_pages;
}

/**
 * Scalingo lists events newest first [unconfirmed]: told from the first page's ends (or, with
 * one event a page, from one page to the next), not assumed. Until told, newest first.
 */
class OrderSeen {
  private lastSeen: number | null = null;
  private decided = false;
  oldestFirst = false;

  see(times: number[]): void {
    const start = this.lastSeen ?? times[0];
    const end = times.at(-1);
    if (!this.decided && start !== undefined && end !== undefined && start !== end) {
      this.oldestFirst = start < end;
      this.decided = true;
    }
    if (end !== undefined) this.lastSeen = end;
  }
}

function blank(job: AppEventsJob, coveredSince: number | null): AppActivity {
  return {
    foldedBy: FOLD_VERSION,
    appId: job.appId,
    region: job.region,
    fetchedAt: job.now.toISOString(),
    newestEventId: null,
    newestAt: null,
    coveredSince,
    collaboratorsKey: job.collaboratorsKey,
    people: {},
    collaboratorEvents: [],
  };
}
