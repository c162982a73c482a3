import type { PageListing } from './types';

// What the account-wide page lists, as one reply may carry it: a page of 5,000 people on 1,000
// apps each would make a message of hundreds of megabytes for the background to parse. The
// content script sends the people in page order until a budget is spent, and says it stopped
// (`more`); the protocol refuses anything larger; the banner then says whom its counts cover.

export const LISTING_MAX = { people: 1000, pairs: 10_000, apps: 1000 } as const;

/** `shown` cut to the budget, in page order, and whether the page lists more than that. */
export function capListing(shown: readonly PageListing[]): { shown: PageListing[]; more: boolean } {
  const out: PageListing[] = [];
  let pairs = 0;
  for (const entry of shown) {
    const apps = entry.apps.slice(0, LISTING_MAX.apps);
    if (out.length === LISTING_MAX.people || pairs + apps.length > LISTING_MAX.pairs) return { shown: out, more: true };
    pairs += apps.length;
    out.push({ email: entry.email, apps });
  }
  return { shown: out, more: false };
}

/** True when a listing fits the budget (the protocol's check of what a page sent). */
export const withinListingBudget = (shown: readonly PageListing[]): boolean =>
  shown.length <= LISTING_MAX.people && shown.reduce((n, s) => n + s.apps.length, 0) <= LISTING_MAX.pairs;
