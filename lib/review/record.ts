import { z } from 'zod';
import { ChangeResult } from '../changes/plan-item';
import { Policy } from '../policy';
import { Acceptance } from '../engine/acceptances';
import { Priority } from '../engine/finding';
import { Decision } from './decisions';

// A completed review, kept in the history and exported as evidence: who reviewed, when,
// under which policy, what was found, what was decided and what was changed; and who had
// which access then (to show what changed by the next review).

export const ReviewedFindingRecord = z.object({
  id: z.string(),
  rule: z.string(),
  priority: Priority,
  state: z.enum(['open', 'accepted']),
  /** Title, evidence and confidence already rendered in the reviewer's language. */
  title: z.string(),
  evidence: z.array(z.string()),
  confidence: z.string(),
  action: z.string(),
  app: z.string().nullable(),
  region: z.string().nullable(),
  /** The person's e-mail. */
  person: z.string().nullable(),
  /** Their name as every view shows it (lib/review/person-name.ts); absent in records of before
   * (kept absent, so a completed review's canonical JSON and SHA-256 stay the same). */
  personName: z.string().nullable().optional(),
  link: z.string(),
});
export type ReviewedFindingRecord = z.infer<typeof ReviewedFindingRecord>;

export const AccessLine = z.object({
  app: z.string(),
  region: z.string(),
  email: z.string(),
  /** Absent in records of before issue #19 (the matrix then names people by e-mail). */
  username: z.string().nullable().optional(),
  role: z.enum(['owner', 'collaborator', 'limited']),
  status: z.string(),
  tfa: z.boolean().nullable(),
});
export type AccessLine = z.infer<typeof AccessLine>;

export const ReviewRecord = z.object({
  id: z.string(),
  /** A draft is an export of the review in progress: it has no completion date. */
  status: z.enum(['completed', 'draft']).default('completed'),
  completedAt: z.string().nullable(),
  reviewer: z.object({ email: z.string(), username: z.string() }),
  scannedAt: z.string(),
  language: z.enum(['en', 'fr']),
  policy: Policy,
  summary: z.object({ score: z.number(), open: z.record(z.string(), z.number()), accepted: z.number() }),
  findings: z.array(ReviewedFindingRecord),
  decisions: z.array(Decision),
  changes: z.array(ChangeResult),
  /** The accepted risks still running then (by whom, why, until when): the command line honours them. */
  acceptances: z.array(Acceptance).default([]),
  access: z.array(AccessLine),
  /** When a draft was exported (null for a completed review: its date is completedAt). */
  exportedAt: z.string().nullable().default(null),
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;

/**
 * A completed review as the history keeps it: the record, and its three exports rendered once at
 * completion with the SHA-256 of the record's canonical JSON (lib/export/freeze.ts), so that a
 * re-export gives the same bytes whatever later versions would write. Older entries have none
 * (null): they are frozen once (lib/storage/history-records.ts).
 *
 * `renderer` is the version of the words and layout that rendered them (RENDERER_VERSION,
 * lib/export/renderer.ts; 0 for packs frozen before it was recorded) and `digests` the SHA-256 of
 * each export's bytes: a pack of another version is checked against these on import, since this
 * version's words could not render it again (lib/transfer/frozen-check.ts). Absent in older files.
 */
const Digests = z.object({ md: z.string(), csv: z.string(), json: z.string() });
export const Frozen = z.object({
  sha256: z.string(),
  md: z.string(),
  csv: z.string(),
  json: z.string(),
  renderer: z.number().int().min(0).optional(),
  digests: Digests.optional(),
});
export type Frozen = z.infer<typeof Frozen>;
/** `imported`: the review came from a file (another browser's), not completed here. Outside the
 * record its SHA-256 covers: a transfer file carries the record as hashed (lib/transfer/hashed-record.ts). */
export const HistoryEntry = ReviewRecord.extend({
  frozen: Frozen.nullable().default(null),
  imported: z.literal(true).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
