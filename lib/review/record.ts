import { z } from 'zod';
import { ChangeResult } from '../changes/plan-item';
import { Policy } from '../policy';
import { Acceptance } from '../rules/acceptances';
import { Priority } from '../rules/finding';
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
  person: z.string().nullable(),
  link: z.string(),
});
export type ReviewedFindingRecord = z.infer<typeof ReviewedFindingRecord>;

export const AccessLine = z.object({
  app: z.string(),
  region: z.string(),
  email: z.string(),
  role: z.enum(['owner', 'collaborator', 'limited']),
  status: z.string(),
  tfa: z.boolean().nullable(),
});
export type AccessLine = z.infer<typeof AccessLine>;

export const ReviewRecord = z.object({
  id: z.string(),
  completedAt: z.string(),
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
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;
