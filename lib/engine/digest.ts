import { z } from 'zod';
import { Acceptance } from './acceptances';
import { countPerRegion } from '../scan/summary';
import { ScanError, type AccessSnapshot } from '../scan/snapshot';
import { Finding } from './finding';
import { PRIORITIES, type Priority } from './priority';
import type { Review } from './review';

// What the popup paints at once: the account at a glance, the review's summary and its most
// urgent open findings, stored by the background whenever they change, so opening the popup
// reads one small item: no rule runs, no snapshot is parsed.

const TOP = 30;

/** The account as the popup shows it, without the whole snapshot. */
export const AccountView = z.object({
  me: z.object({ id: z.string(), email: z.string(), username: z.string(), tfa: z.boolean().nullable() }),
  scannedAt: z.string(),
  regions: z.array(
    z.object({ region: z.string(), displayName: z.string(), apps: z.number(), collaborators: z.number() }),
  ),
  errors: z.array(ScanError),
  /** Apps whose activity the scan is still reading (or did not read: stopped); absent when complete. */
  reading: z.object({ apps: z.number(), stopped: z.boolean() }).optional(),
});
export type AccountView = z.infer<typeof AccountView>;

export const accountView = (s: AccessSnapshot): AccountView => ({
  me: s.me,
  scannedAt: s.scannedAt,
  regions: countPerRegion(s),
  errors: s.errors,
  ...(s.partial && { reading: { apps: s.partial.pending.length, stopped: s.partial.cancelled } }),
});

// One count per priority, from the one list of them.
const OpenCounts = z.object(
  Object.fromEntries(PRIORITIES.map((p) => [p, z.number()])) as Record<Priority, z.ZodNumber>,
);

export const ReviewDigest = z.object({
  at: z.string(),
  account: AccountView,
  summary: z.object({
    open: OpenCounts,
    accepted: z.number(),
    kept: z.number().optional(),
    expiring: z.number().optional(),
    byRule: z.record(z.string(), z.number()),
    score: z.number(),
    urgent: z.number(),
  }),
  top: z.array(
    Finding.extend({
      state: z.enum(['open', 'accepted']),
      acceptance: Acceptance.nullable(),
      expiredAcceptance: Acceptance.nullable(),
    }),
  ),
  /** 'pages': page-only mode, the review of the pages visited (lib/pages/page-digest.ts). */
  source: z.enum(['api', 'pages']).catch('api').default('api'),
  pages: z
    .array(z.object({ app: z.string(), region: z.string().nullable(), readAt: z.string() }))
    .max(100)
    .catch([])
    .default([]),
  /** With 'pages': apps a page showed but left unread, the page holding more rows than a reading. */
  leftOut: z.array(z.string()).max(100).catch([]).default([]),
  /** Who the top findings are about, with their usernames: the popup names them as the review page
   * does (lib/review/person-name.ts). Absent from digests of before: then every person is an e-mail. */
  people: z
    .array(z.object({ email: z.string(), username: z.string().nullable() }))
    .catch([])
    .default([]),
});
export type ReviewDigest = z.infer<typeof ReviewDigest>;

export function digestOf(snapshot: AccessSnapshot, review: Review, now: Date): ReviewDigest {
  const top = review.findings.filter((f) => f.state === 'open').slice(0, TOP);
  return {
    at: now.toISOString(),
    account: accountView(snapshot),
    summary: review.summary,
    top,
    source: 'api',
    pages: [],
    leftOut: [],
    people: peopleOf(snapshot, top),
  };
}

/** The assignments' e-mails and usernames of the people the top findings are about. */
function peopleOf(snapshot: AccessSnapshot, top: ReviewDigest['top']): ReviewDigest['people'] {
  const emails = new Set(top.flatMap((f) => (f.person ? [f.person.email.toLowerCase()] : [])));
  return snapshot.assignments
    .filter((a) => emails.has(a.email.toLowerCase()))
    .map((a) => ({ email: a.email, username: a.username }));
}

export function parseDigest(value: unknown): ReviewDigest | null {
  const r = ReviewDigest.safeParse(value);
  return r.success ? r.data : null;
}
