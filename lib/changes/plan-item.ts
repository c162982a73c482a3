import { z } from 'zod';

// One write the extension may do, described exactly as it will be sent, so the reviewer
// sees the API call before confirming. Built only by lib/changes/plan.ts from the snapshot.

export const PlanItem = z.object({
  id: z.string(),
  findingId: z.string().nullable(),
  kind: z.enum(['downgrade', 'revoke', 'restore-full', 'reinvite']),
  app: z.object({ id: z.string(), name: z.string(), region: z.string() }),
  api: z.string(),
  collaboratorId: z.string().nullable(),
  email: z.string(),
  from: z.enum(['collaborator', 'limited', 'none']),
  to: z.enum(['collaborator', 'limited', 'none']),
  call: z.object({ method: z.enum(['PATCH', 'DELETE', 'POST']), path: z.string(), body: z.unknown().optional() }),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const ChangeResult = z.object({
  item: PlanItem,
  status: z.enum(['done', 'failed', 'unverified']),
  /** The API's words when it refused, or what the read-back found. */
  reason: z.string().nullable(),
  at: z.string(),
  /** The item that restores the previous state, when there is one. */
  undo: PlanItem.nullable(),
  undone: z.boolean().default(false),
});
export type ChangeResult = z.infer<typeof ChangeResult>;
