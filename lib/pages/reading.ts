import { z } from 'zod';
import { AppName, PageRow } from './page-row';

// What the dashboard's content script read on a collaborators page, sent to the background
// in page-only mode (no token). The page is hostile: every field is checked and bounded here,
// the background stamps the page's URL and the time itself, and a reading is only ever advice
// about the apps it names, never a source of a plan or a write.

/** At most this many rows in one reading (the account-wide page of a large team fits). */
export const MAX_ROWS = 2000;
/** At most this many rows kept across all apps read (the oldest apps are evicted first). */
export const MAX_KEPT_ROWS = 10_000;

const Region = z.string().regex(/^[a-z0-9-]{1,40}$/);

export { PageRow };

/** The content script's message body: the rows, and on an app's page its region (checked against the URL). */
export const PageReadingInput = z.object({
  rows: z.array(PageRow).max(MAX_ROWS),
  /** Apps the page shows but the reading did not read in full: rows past the limit, or dropped (send-reading.ts). */
  leftOut: z.array(AppName).max(MAX_ROWS).optional(),
  /** Apps the account-wide page lists in full (grouped by app): who it does not list is gone from them. */
  listed: z.array(AppName).max(MAX_ROWS).optional(),
});

/** An app a page showed but did not read in full (more rows than a reading holds, a row dropped). */
export const LeftOut = z.object({ app: AppName, url: z.string().max(2048), at: z.string() });
export type LeftOut = z.infer<typeof LeftOut>;

const Carried = z.enum(['name', 'role', 'tfa', 'pending', 'deleted']);

/**
 * A row as kept: what the app's latest reading showed, and what an earlier one showed that it did
 * not, each with its own reading time, so each expires by it (merge.ts, PRIVACY.md).
 */
export const StoredRow = z.object({
  ...PageRow.shape,
  /** Set on a person the latest reading did not show: when a reading last showed them. */
  readAt: z.string().optional(),
  /** Values an earlier reading showed and the latest did not (no name, no 2FA, no role), and when (the oldest). */
  kept: z.object({ at: z.string(), fields: z.array(Carried).max(5) }).optional(),
});
export type StoredRow = z.infer<typeof StoredRow>;

/** One app as the pages last showed it: only the latest reading of each app counts. */
export const PageApp = z.object({
  name: AppName,
  /** Known from an app's own page URL; null when only the account-wide page showed it. */
  region: Region.nullable(),
  readAt: z.string(),
  /** The page it was read on (stamped by the browser, not by the page). */
  url: z.string().max(2048),
  rows: z.array(StoredRow).max(MAX_ROWS),
});
export type PageApp = z.infer<typeof PageApp>;

/** "From the pages you visited": kept apart from the API snapshot, in its own record. */
export const PageSnapshot = z.object({
  version: z.literal(1),
  apps: z.array(PageApp).max(MAX_ROWS),
  /** Apps a page left out at its latest reading (absent from records of before: none). */
  leftOut: z.array(LeftOut).max(MAX_ROWS).optional().catch(undefined),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;

export function parsePageSnapshot(value: unknown): PageSnapshot | null {
  const r = PageSnapshot.safeParse(value);
  return r.success ? r.data : null;
}
