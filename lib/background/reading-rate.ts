import { ScalingoApiError } from '../scalingo/errors';

// Readings from the dashboard's content scripts, capped per tab. The page and the content-script
// world are hostile: one could send readings as fast as it can, each a store write and a review
// republished. A tab may send BURST readings at once (a user moving between pages), then one per
// REFILL_MS. Readings past that are not lost: the latest of each page waits and is handled when
// the tab may send again (an earlier one of the same page is superseded, as only the latest
// reading of a page counts). At most MAX_WAITING pages wait per tab: one more drops the oldest
// waiting page, refused saying so (its content script may send it again), and the newest waits.

export const BURST = 10;
export const REFILL_MS = 1_000;
export const MAX_WAITING = 8;

interface Waiting {
  run: () => Promise<boolean>;
  done: (changed: boolean) => void;
  refuse: (e: Error) => void;
}
interface Tab {
  tokens: number;
  at: number;
  waiting: Map<string, Waiting>;
  timer: boolean;
}

export function readingGate(now: () => number = Date.now) {
  const tabs = new Map<string, Tab>();

  /** Tokens earned since the last look, BURST at most. */
  function refill(tab: Tab): void {
    const t = now();
    tab.tokens = Math.min(BURST, tab.tokens + (t - tab.at) / REFILL_MS);
    tab.at = t;
  }

  function flush(tab: Tab): void {
    refill(tab);
    const [page, next] = tab.waiting.entries().next().value ?? [];
    if (page === undefined || !next) return void (tab.timer = false);
    if (tab.tokens >= 1) {
      tab.waiting.delete(page);
      tab.tokens -= 1;
      next.run().then(next.done, () => next.done(false));
    }
    setTimeout(() => flush(tab), REFILL_MS);
  }

  /** Runs `run` now, or later as the tab's latest reading of `page`; false when superseded. */
  return function gate(tabKey: string, page: string, run: () => Promise<boolean>): Promise<boolean> {
    // Tabs that sent nothing lately are not kept (their allowance is whole again anyway).
    if (tabs.size > 100) for (const [k, t] of tabs) if (!t.timer && now() - t.at >= BURST * REFILL_MS) tabs.delete(k);
    const tab: Tab = tabs.get(tabKey) ?? {
      tokens: BURST,
      at: now(),
      waiting: new Map<string, Waiting>(),
      timer: false,
    };
    tabs.set(tabKey, tab);
    refill(tab);
    if (!tab.timer && tab.tokens >= 1) {
      tab.tokens -= 1;
      return run();
    }
    const earlier = tab.waiting.get(page);
    earlier?.done(false);
    tab.waiting.delete(page);
    // The newest reading is the one that counts: past the bound, the oldest waiting page goes.
    const [oldest, dropped] = tab.waiting.size >= MAX_WAITING ? (tab.waiting.entries().next().value ?? []) : [];
    if (oldest !== undefined && dropped) {
      tab.waiting.delete(oldest);
      dropped.refuse(new ScalingoApiError('rate_limited', 'Too many page readings from this tab.'));
    }
    return new Promise<boolean>((done, refuse) => {
      tab.waiting.set(page, { run, done, refuse });
      if (!tab.timer) {
        tab.timer = true;
        setTimeout(() => flush(tab), REFILL_MS);
      }
    });
  };
}
