import type { z } from 'zod';
import { Policy } from '../policy';

// The number knobs of the rules beyond roles, as the settings edit them. Their bounds are read
// from the policy's own schema (lib/policy.ts), so the form and the stored policy never
// disagree; a value out of bounds is refused in the form rather than silently replaced by the
// default, as the background's parse would do.

export const BEYOND_ROLES_KNOBS = ['reviewAppMaxAgeDays', 'tokenUnusedDays', 'tokenMaxAgeDays'] as const;
export type BeyondRolesKnob = (typeof BEYOND_ROLES_KNOBS)[number];

type Wrapped = z.ZodType & { unwrap?: () => z.ZodType; def: { type: string } };
type Bounded = { minValue: number | null; maxValue: number | null };

/** The smallest and largest value the policy accepts for this knob. */
export function knobBounds(key: BeyondRolesKnob): { min: number; max: number } {
  let s = Policy.shape[key] as Wrapped;
  while ((s.def.type === 'default' || s.def.type === 'catch') && s.unwrap) s = s.unwrap();
  const n = s as unknown as Bounded;
  return { min: n.minValue ?? 1, max: n.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** The whole number typed, or null when it is not one within the knob's bounds. */
export function readKnob(key: BeyondRolesKnob, text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  const { min, max } = knobBounds(key);
  return value >= min && value <= max ? value : null;
}
