import { z } from 'zod';
import type { Reply } from './reply';

/**
 * What Scalingo's sources leave open (scalingo-api.md §6, §8 [unconfirmed]), one switch each,
 * so that a test can run the same scan under every reading. The defaults are the mock's
 * usual choices (README "Unconfirmed choices"); a variant never changes the dataset itself.
 */
export interface Variants {
  /** Largest `per_page` served on paginated lists (Scalingo's maximum is undocumented). */
  maxPerPage: 30 | 50 | 100;
  /** 429 body: the documented plain text `Retry later`, or the `{error, code}` JSON go-scalingo parses. */
  rateLimitBody: 'text' | 'json';
  /** `username` of a pending invitation: the documented "n/a", or null. */
  pendingUsername: 'n/a' | null;
  /** `GET /v1/collaborators` (documented 2024-11) exists, or answers 404. */
  ownedCollaborators: 'present' | 'missing';
  /** Order of timelines: newest first, or oldest first. */
  eventOrder: 'newest-first' | 'oldest-first';
  /** `last_event` on apps (typed by the JS client only): absent, or `{id, type, created_at}` of the newest event. */
  appLastEvent: 'absent' | 'present';
  /** `from` on app events: honoured (documented), or ignored. */
  eventsFrom: 'honoured' | 'ignored';
  /** `next_page` on the last page: null (documented), or `total_pages` (go-utils' paginator). */
  lastPageNext: 'null' | 'total-pages';
  /** An app without an SCM link: `scm_repo_link` answers 404 (API-DOCS, the CLI), or 200 `{"scm_repo_link": null}`. */
  scmNoLink: '404' | 'null';
  /** A token never used: `last_used_at: null`, or the field left out. */
  tokenNeverUsed: 'null' | 'absent';
  /** An event no person caused (a platform restart): `user` left out, or `user: null`. */
  eventNoUser: 'absent' | 'null';
}

export const VariantsPatch = z.strictObject({
  maxPerPage: z.union([z.literal(30), z.literal(50), z.literal(100)]).optional(),
  rateLimitBody: z.enum(['text', 'json']).optional(),
  pendingUsername: z.literal('n/a').nullable().optional(),
  ownedCollaborators: z.enum(['present', 'missing']).optional(),
  eventOrder: z.enum(['newest-first', 'oldest-first']).optional(),
  appLastEvent: z.enum(['absent', 'present']).optional(),
  eventsFrom: z.enum(['honoured', 'ignored']).optional(),
  lastPageNext: z.enum(['null', 'total-pages']).optional(),
  scmNoLink: z.enum(['404', 'null']).optional(),
  tokenNeverUsed: z.enum(['null', 'absent']).optional(),
  eventNoUser: z.enum(['absent', 'null']).optional(),
});

export const defaultVariants = (): Variants => ({
  maxPerPage: 100,
  rateLimitBody: 'text',
  pendingUsername: 'n/a',
  ownedCollaborators: 'present',
  eventOrder: 'newest-first',
  appLastEvent: 'absent',
  eventsFrom: 'honoured',
  lastPageNext: 'null',
  scmNoLink: '404',
  tokenNeverUsed: 'null',
  eventNoUser: 'absent',
});

export class VariantState {
  current: Variants = defaultVariants();

  /** Merges: keys present replace the current value; throws on unknown keys or values. */
  set(patch: Partial<Variants>): void {
    const parsed = VariantsPatch.parse(patch);
    for (const [key, value] of Object.entries(parsed))
      if (value !== undefined) Object.assign(this.current, { [key]: value });
  }

  reset(): void {
    this.current = defaultVariants();
  }
}

/** The 429 answer in the chosen shape (the JSON `code` is our own wording [unconfirmed]). */
export function rateLimitedReply(v: Variants, reply: Reply): Reply {
  if (reply.status !== 429 || v.rateLimitBody === 'text') return reply;
  return { status: 429, json: { error: 'Retry later', code: 'too_many_requests' } };
}
