import type { BackgroundRequest } from '../messages/protocol';

// What a previewed plan rests on: the decisions, the review in progress, the imported state. The
// handlers that change them forget the plan (applyPlan also rebuilds it before any write:
// lib/background/change-handlers.ts), so a plan shown before a decision changed is never confirmed.

const CHANGING_THE_PLAN: ReadonlySet<BackgroundRequest['type']> = new Set([
  'decide',
  'undecide',
  'decideMany',
  'completeReview',
  'importTransfer',
] as const);

export function forgettingPlan<H extends object>(forgetPlan: () => void, handlers: H): H {
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handle]) => [
      type,
      CHANGING_THE_PLAN.has(type as BackgroundRequest['type'])
        ? async (req: unknown) => {
            try {
              return await (handle as (r: unknown) => Promise<unknown>)(req);
            } finally {
              forgetPlan(); // even when refused midway: the decisions may have changed meanwhile
            }
          }
        : handle,
    ]),
  ) as H;
}
