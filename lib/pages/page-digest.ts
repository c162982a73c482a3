import { z } from 'zod';
import { digestOf, type ReviewDigest } from '../engine/digest';
import type { Review } from '../engine/review';
import type { AccessSnapshot } from '../scan/snapshot';
import type { PageSnapshot } from './reading';

// The popup's digest in page-only mode: the review of the pages visited, marked as such, with
// which apps were read and when ("from the pages you visited"), and which a page left unread.

/** At most this many apps listed in the popup (the most recently read first). */
const LISTED = 50;

export const PageRead = z.object({ app: z.string(), region: z.string().nullable(), readAt: z.string() });
export type PageRead = z.infer<typeof PageRead>;

export function pageDigestOf(pages: PageSnapshot, snapshot: AccessSnapshot, review: Review, now: Date): ReviewDigest {
  const read = [...pages.apps]
    .sort((a, b) => (a.readAt < b.readAt ? 1 : a.readAt > b.readAt ? -1 : 0))
    .slice(0, LISTED)
    .map((a) => ({ app: a.name, region: a.region, readAt: a.readAt }));
  const leftOut = [...new Set((pages.leftOut ?? []).map((l) => l.app))].slice(0, LISTED);
  return { ...digestOf(snapshot, review, now), source: 'pages', pages: read, leftOut };
}
