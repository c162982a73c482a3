import { z } from 'zod';
import type { Acceptance } from '../rules/acceptances';

// What the reviewer decided for each finding. Keep and accept need a justification; accept
// also needs a date (it becomes an accepted risk). Downgrade and revoke become plan items.

export const DecisionKind = z.enum(['keep', 'downgrade', 'revoke', 'accept']);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const Decision = z
  .object({
    findingId: z.string().min(1).max(400),
    kind: DecisionKind,
    justification: z.string().trim().max(500).default(''),
    /** Accept until this day (YYYY-MM-DD). */
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .default(null),
    decidedAt: z.string(),
  })
  .refine((d) => !['keep', 'accept'].includes(d.kind) || d.justification.length >= 3, {
    message: 'A justification is required to keep access or accept a risk.',
    path: ['justification'],
  })
  .refine((d) => d.kind !== 'accept' || d.until !== null, {
    message: 'Accepting a risk needs an end date.',
    path: ['until'],
  });
export type Decision = z.infer<typeof Decision>;

/** The accepted risk an "accept until" decision stands for (to the end of that day), or null. */
export function acceptanceOf(
  d: Pick<Decision, 'findingId' | 'kind' | 'justification' | 'until' | 'decidedAt'>,
  by: string,
): Acceptance | null {
  if (d.kind !== 'accept' || !d.until) return null;
  return {
    findingId: d.findingId,
    justification: d.justification,
    by,
    acceptedAt: d.decidedAt,
    expiresAt: `${d.until}T23:59:59.999Z`,
  };
}
