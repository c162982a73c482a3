import { RefusalSchema } from '../review/refusal';
import { z } from 'zod';
import { withRecordId } from './record-id';

// One write the extension may do, described exactly as it will be sent, so the reviewer
// sees the API call before confirming. Built only by lib/changes/plan.ts from the snapshot.

const Role = z.enum(['collaborator', 'limited', 'none']);
export type ChangeRole = z.infer<typeof Role>;

export const PlanItem = z.object({
  id: z.string(),
  findingId: z.string().nullable(),
  kind: z.enum(['downgrade', 'revoke', 'restore-full', 'reinvite']),
  app: z.object({ id: z.string(), name: z.string(), region: z.string() }),
  api: z.string(),
  collaboratorId: z.string().nullable(),
  email: z.string(),
  /** The role the write expects to find: checked against Scalingo right before it is sent. */
  from: Role,
  to: Role,
  call: z.object({ method: z.enum(['PATCH', 'DELETE', 'POST']), path: z.string(), body: z.unknown().optional() }),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** The collaboration as Scalingo showed it right before a write: the point an undo goes back to. */
export const Collaboration = z.object({ role: Role, status: z.string().nullable() });
export type Collaboration = z.infer<typeof Collaboration>;

const Recorded = z.object({
  /** This record's own id (older records get one derived from their content on read): what an undo names. */
  recordId: z.string().min(1).max(200),
  item: PlanItem,
  /** `pending`: an invitation sent again, listed by Scalingo but not accepted yet. */
  status: z.enum(['done', 'failed', 'unverified', 'pending']),
  /** The API's words when it refused, or what the read-back found. */
  reason: z.string().nullable(),
  /** Our reason as words (key and values), said in the record's language in its exports; absent for the API's words and older records. */
  reasonWords: RefusalSchema.nullable().optional(),
  at: z.string(),
  /** Who sent it: the connected account (null for older records). */
  by: z.string().nullable().optional(),
  /** What was read right before the write (null when nothing was sent, or for older records). */
  before: Collaboration.nullable().default(null),
  /** Not sent: Scalingo no longer showed the role the write expected. */
  stale: z.object({ expected: Role, found: Role }).nullable().default(null),
  /** The item that restores the previous state, when there is one. */
  undo: PlanItem.nullable(),
  undone: z.boolean().default(false),
});
export const ChangeResult = z.preprocess(withRecordId, Recorded);
export type ChangeResult = z.infer<typeof ChangeResult>;
