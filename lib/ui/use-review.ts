import { browser } from 'wxt/browser';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reply, ReviewSessionState } from '../messages/protocol';
import type { ReviewHead } from '../review/review-head';
import type { Review } from '../engine/review';
import type { Settings } from '../settings';
import { watchLive } from '../messages/live';
import { ask } from './ask';
import { unpack } from '../review/wire-pack';
import { applyLanguage } from './page-language';

// Everything the review page shows, asked from the background at open and again whenever a
// part of it changes (a scan, a decision, an applied change, a policy edit, the settings: changes
// on or off, the language): the background says so on the live channel.

export interface ReviewData {
  review: Review | null;
  session: ReviewSessionState;
  settings: Settings | null;
  scannedAt: string | null;
  error: string | null;
  /** Page-only mode: the review comes from the dashboard pages visited, not from the API. */
  fromPages?: boolean;
  /** Page-only mode: apps a page showed but left unread. */
  leftOut?: string[];
  /** Apps whose activity a scan is still reading, or left unread when stopped (the digest's). */
  reading?: { apps: number; stopped: boolean };
  /** The first screen only (askReviewHead): findings still to come, and the usernames of the rows shown. */
  more?: number;
  usernames?: [string, string][];
  /** The whole review could not be read after the first screen: the first screen stays, marked. */
  failed?: boolean;
}

const EMPTY: ReviewSessionState = { decisions: [], changes: [], previous: null, diff: null };

const TOPICS = ['digest', 'session', 'policy', 'settings'] as const;
/** Listening from the opening asks until the page mounts: a change meanwhile is re-asked then. */
let early: { changed: boolean; stop: () => void } | null = null;

/**
 * The page's opening asks, all at once; `useReview` takes them (once) instead of asking again.
 * `head`: the review's first screen, and the whole asked at once after it. Listens at once:
 * a change stored while the page opens would otherwise be missed (issue #19).
 */
export function askReview(head = false): Promise<ReviewData> {
  early?.stop();
  const state = { changed: false, stop: () => undefined as void };
  state.stop = watchLive(TOPICS, () => void (state.changed = true), browser.runtime);
  early = state;
  const first = fetchReview(head);
  // The whole review asked at once, after the first screen's asks: the worker serializes it
  // while the page paints that screen, instead of after (issue #19, review.tableReadyMs.5000).
  if (head) wholeOf.set(first, wholeAfter(first, askWhole()));
  return first;
}

/** The whole review (getReview's reply), asked packed: a third of the bytes across the channel (lib/review/wire-pack.ts). */
async function askWhole(): Promise<Reply<ReviewHead | Review | null>> {
  const r = await ask({ type: 'getReviewPacked' });
  return r.ok ? { ok: true, data: r.data && (unpack(r.data) as unknown as ReviewHead) } : r;
}

/** The whole review asked with a first screen (askReview): its promise, by the first screen's. */
const wholeOf = new WeakMap<Promise<ReviewData>, Promise<ReviewData>>();

/** The first screen's data with the whole review in place of its rows; asked anew if the whole failed. */
async function wholeAfter(
  first: Promise<ReviewData>,
  asked: Promise<Reply<ReviewHead | Review | null>>,
): Promise<ReviewData> {
  const [data, r] = await Promise.all([first, asked]);
  if (!r.ok) return fetchReview();
  const head = r.data && 'total' in r.data ? r.data : null;
  return {
    ...data,
    review: r.data,
    more: head ? head.total - head.findings.length : undefined,
    usernames: head?.usernames,
  };
}

function fetchReview(head = false): Promise<ReviewData> {
  const asks = [
    head ? ask({ type: 'getReviewHead' }) : askWhole(),
    ask({ type: 'getSession' }),
    ask({ type: 'getSettings' }),
    ask({ type: 'getStatus' }),
  ] as const;
  return Promise.all(asks).then(([r, s, st, status]) => {
    const error = [r, s, st, status].find((x) => !x.ok);
    return {
      review: r.ok ? r.data : null,
      session: s.ok ? s.data : EMPTY,
      settings: st.ok ? st.data : null,
      scannedAt: status.ok ? (status.data.account?.scannedAt ?? null) : null,
      error: error && !error.ok ? error.message : null,
      fromPages: status.ok && status.data.source === 'pages',
      leftOut: status.ok ? (status.data.leftOut ?? []) : [],
      reading: status.ok ? status.data.account?.reading : undefined,
      ...(r.ok && r.data && 'total' in r.data
        ? { more: r.data.total - r.data.findings.length, usernames: r.data.usernames }
        : {}),
    };
  });
}

/** The whole review failed after the first screen: its rows stay, with the error (issue #19). */
function keepHead(head: ReviewData, all: ReviewData): ReviewData {
  return all.review || !all.error ? all : { ...head, error: all.error, failed: true };
}

/**
 * `started`: the opening asks, sent before the page rendered (while its language was read), so
 * the background works meanwhile; used for the first paint only, asked anew on every change.
 */
export function useReview(started?: Promise<ReviewData>): [ReviewData | null, () => void] {
  const [data, setData] = useState<ReviewData | null>(null);
  const [tick, setTick] = useState(0);
  const startedRef = useRef(started);
  useEffect(() => {
    let alive = true;
    const asked = startedRef.current ?? fetchReview();
    const whole = startedRef.current && wholeOf.get(startedRef.current);
    startedRef.current = undefined;
    void asked.then((next) => {
      if (!alive) return;
      setData(next);
      // The first screen painted, the whole review follows (lib/review/review-head.ts): asked with it;
      // if it fails, the first screen's rows stay, with the error.
      if (next.more) void (whole ?? fetchReview()).then((all) => alive && setData(keepHead(next, all)));
    });
    return () => {
      alive = false;
    };
  }, [tick]);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    const stopData = watchLive(['digest', 'session', 'policy'], bump, browser.runtime);
    // The language is read before the first paint: read it again, then paint anew.
    const stopSettings = watchLive(['settings'], () => void applyLanguage().then(bump), browser.runtime);
    // Now heard here: a change that came while the page opened is asked again, once.
    const missed = early?.changed ?? false;
    early?.stop();
    early = null;
    if (missed) void applyLanguage().then(bump);
    return () => (stopData(), stopSettings());
  }, []);
  return [data, () => setTick((n) => n + 1)];
}
