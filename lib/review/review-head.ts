import type { Review } from '../engine/review';
import type { ReviewedFinding } from '../engine/acceptances';
import { usernamesByEmail } from './person-name';
import { sortFindings, type SortText } from './sort';

// The review page's first screen, sent before the whole review: with thousands of findings the
// whole weighs megabytes, and serializing it in the worker and parsing it in the page took most
// of the table's first render (issue #19, bench `review.tableMs.5000`). The head is the summary,
// the count, and the first rows in the table's opening order (priority, then id: lib/review/sort.ts),
// with the usernames of their people (the whole review, getReview, carries every one: the names until the access data lands).
// The page shows these rows, says how many more are coming; the whole is asked with them (lib/ui/use-review.ts).

/** About two screens of the table (40 px rows). */
export const HEAD_ROWS = 50;

export interface ReviewHead extends Review {
  /** Every finding of the review; `findings` holds only the first rows. */
  total: number;
  /** [e-mail (lower case), username] of the people of those rows: pairs, as an e-mail is the API's text, never an object key. */
  usernames: [string, string][];
}

// The priority order reads no text (the other columns' words are the page's, in its language).
const NO_TEXT: SortText = { person: () => '', rule: () => '', action: () => '', decision: () => '' };

/** The table's opening order: what the page's table shows first, before any click on a column. */
export const openingOrder = (findings: ReviewedFinding[]) =>
  sortFindings(findings, { key: 'priority', descending: false }, NO_TEXT);

export function reviewHead(
  review: Review,
  people: readonly { email: string; username: string | null }[],
  rows = HEAD_ROWS,
): ReviewHead {
  // A short review is sent whole, in its own order: the page needs nothing more (the cards keep that order).
  const findings = review.findings.length <= rows ? review.findings : openingOrder(review.findings).slice(0, rows);
  const known = usernamesByEmail(people);
  const emails = new Set(findings.flatMap((f) => (f.person ? [f.person.email.toLowerCase()] : [])));
  const usernames = [...emails].flatMap((e): [string, string][] => {
    const name = known.get(e);
    return name ? [[e, name]] : [];
  });
  return { findings, summary: review.summary, total: review.findings.length, usernames };
}

/** The page's names for the head's rows (lib/review/person-name.ts: the username, else the e-mail). */
export function headNames(usernames: readonly [string, string][]): (email: string) => string {
  const byEmail = new Map(usernames);
  return (email) => byEmail.get(email.toLowerCase()) ?? email;
}
