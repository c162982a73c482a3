import { foldEvents, type AppActivity } from '../activity/app-activity';
import type { ScalingoClient } from '../scalingo/client';
import type { Event } from '../scalingo/schemas';

// One app's events, newest first, page after page until the look-back window's start or the
// newest event a previous scan already has (incremental). Overlapping pages (an event that
// arrived while paging shifts them) are de-duplicated by id.

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
}

export async function fetchAppEvents(client: EventsClient, job: AppEventsJob): Promise<AppEventsResult> {
  const { previous, windowStart } = job;
  const fresh: Event[] = [];
  const seen = new Set<string>();
  let pages = 0;
  let reachedKnown = false;
  let historyEnded = false;
  let reachedWindow = false;
  try {
    for (let page = 1; !reachedKnown && !reachedWindow && !historyEnded; page++) {
      job.signal?.throwIfAborted();
      const { events, meta } = await client.events(job.api, job.appId, page, EVENTS_PER_PAGE, job.signal);
      pages++;
      job.onPage?.();
      for (const e of events) {
        const at = Date.parse(e.created_at);
        if (previous && (e.id === previous.newestEventId || (previous.newestAt !== null && at < previous.newestAt))) {
          reachedKnown = true;
          break;
        }
        if (at < windowStart) {
          reachedWindow = true;
          break;
        }
        if (!seen.has(e.id)) fresh.push(e);
        seen.add(e.id);
      }
      const next = meta?.pagination?.next_page;
      historyEnded = events.length === 0 || next === null || next === undefined;
    }
  } catch (error) {
    // A first fetch keeps what it got, marked incomplete; a refresh that stopped half-way keeps
    // the previous record whole (merging would leave a silent gap) and fetches again next time.
    if (previous || fresh.length === 0) return { activity: previous, pages, error };
    const oldest = Math.min(...fresh.map((e) => Date.parse(e.created_at)));
    const partial = foldEvents(blank(job, null), fresh, windowStart);
    return { activity: { ...partial, coveredSince: Math.max(oldest, windowStart) + 1 }, pages, error };
  }
  // Complete from the window's start: we reached it, or the previous (complete) record, or the
  // end of the history: what Scalingo keeps is all there is (retention undocumented, §3.5 [unconfirmed]).
  // The caller passes `previous` only when it was complete.
  const coveredSince = windowStart;
  const base = previous ? { ...previous, fetchedAt: job.now.toISOString(), collaboratorsKey: job.collaboratorsKey } : blank(job, null);
  return { activity: { ...foldEvents(base, fresh, windowStart), coveredSince }, pages, error: null };
}

function blank(job: AppEventsJob, coveredSince: number | null): AppActivity {
  return {
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
