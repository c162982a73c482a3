import { z } from 'zod';
import type { Acceptance } from '../engine/acceptances';

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
    /** Kept by the fallback chosen when completing the review: nobody gave a reason. */
    fallback: z.boolean().optional(),
    /** What the finding was about when decided: the exports name it even once the finding is gone. */
    subject: z
      .object({ rule: z.string(), priority: z.string(), app: z.string().nullable(), person: z.string().nullable() })
      .nullable()
      .optional(),
  })
  .refine((d) => d.fallback || !['keep', 'accept'].includes(d.kind) || d.justification.length >= 3, {
    message: 'A justification is required to keep access or accept a risk.',
    path: ['justification'],
  })
  .refine((d) => d.kind !== 'accept' || d.until !== null, {
    message: 'Accepting a risk needs an end date.',
    path: ['until'],
  });
export type Decision = z.infer<typeof Decision>;

/**
 * The accepted risk an "accept until" decision stands for (to the end of that day); with the
 * policy's review period, what a reasoned "keep" stands for (reviewed until the period ends,
 * then open again); else null. A fallback keep has no reason: it stands for nothing.
 */
export function acceptanceOf(
  d: Pick<Decision, 'findingId' | 'kind' | 'justification' | 'until' | 'decidedAt' | 'fallback'>,
  by: string,
  reviewPeriodDays?: number,
): Acceptance | null {
  if (d.kind === 'keep' && reviewPeriodDays !== undefined && !d.fallback && d.justification.length >= 3) {
    const expiresAt = new Date(Date.parse(d.decidedAt) + reviewPeriodDays * 86_400_000).toISOString();
    return {
      findingId: d.findingId,
      justification: d.justification,
      by,
      acceptedAt: d.decidedAt,
      expiresAt,
      kind: 'kept',
    };
  }
  if (d.kind !== 'accept' || !d.until) return null;
  return {
    findingId: d.findingId,
    justification: d.justification,
    by,
    acceptedAt: d.decidedAt,
    expiresAt: `${d.until}T23:59:59.999Z`,
  };
}
