import { z } from 'zod';

// The team's access policy: every threshold a rule uses, with safe defaults. Profiles follow
// Scalingo's best-practices guide (doc.scalingo.com/platform/user-management/teamwork/best-practices):
// small teams give the Owner role to the CTO or lead and full access to a few trusted
// developers; larger organisations keep full access for the people who run production, make
// Limited the default, and own production apps with a service account. The numbers attached
// to each profile are this project's reading of that guide, not Scalingo's.

export const TeamProfile = z.enum(['small', 'mid-sized', 'large']);
export type TeamProfile = z.infer<typeof TeamProfile>;

export interface ProfileDefaults {
  /** Full Collaborators an app may have before it is flagged. */
  maxFullPerApp: number;
  /** Apps one person may have full access to before it is flagged. */
  maxFullAppsPerPerson: number;
  /** Which apps must be owned by a service account: production ones, or every app. */
  serviceOwnerFor: 'production' | 'all';
}

export const PROFILES: Record<TeamProfile, ProfileDefaults> = {
  small: { maxFullPerApp: 4, maxFullAppsPerPerson: 20, serviceOwnerFor: 'production' },
  'mid-sized': { maxFullPerApp: 3, maxFullAppsPerPerson: 10, serviceOwnerFor: 'production' },
  large: { maxFullPerApp: 2, maxFullAppsPerPerson: 5, serviceOwnerFor: 'all' },
};

const emails = z.array(z.string().trim().toLowerCase()).catch([]).default([]);
const domains = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .transform((d) => d.replace(/^@/, '')),
  )
  .catch([])
  .default([]);
const patterns = (fallback: string[]) => z.array(z.string().min(1)).catch(fallback).default(fallback);

export const Policy = z.object({
  profile: TeamProfile.catch('small').default('small'),
  /** E-mail domains of the team; empty = the domain of the account that scans. */
  trustedDomains: domains,
  /** Service accounts (bots, shared company accounts): expected owners of production apps. */
  serviceAccounts: emails,
  /** Trusted leads: the people a new full-access invitation is suggested for (others: Limited). */
  trustedLeads: emails,
  lookBackDays: z.number().int().min(7).max(365).catch(90).default(90),
  invitationMaxAgeDays: z.number().int().min(1).max(365).catch(7).default(7),
  /** How long a "keep as is" counts as reviewed: until the next review period, then it comes back. */
  reviewPeriodDays: z.number().int().min(1).max(366).catch(90).default(90),
  /** Overrides of the profile's numbers (null = the profile's). */
  maxFullPerApp: z.number().int().min(1).nullable().catch(null).default(null),
  maxFullAppsPerPerson: z.number().int().min(1).nullable().catch(null).default(null),
  /** App names matching any of these (case-insensitive regular expressions) are production. */
  productionPatterns: patterns(['(^|[-_.])(prod|production|prd|live)($|[-_.])']),
  /** App names matching these are sensitive without being production (e.g. `billing`, `health`). */
  sensitivePatterns: patterns([]),
  /** Review apps older than this still holding collaborators are flagged (review-app-stale). */
  reviewAppMaxAgeDays: z.number().int().min(1).max(365).catch(30).default(30),
  /** API tokens unused for longer than this are flagged for deletion (api-token-unused). */
  tokenUnusedDays: z.number().int().min(7).max(730).catch(90).default(90),
  /** API tokens older than this are flagged for renewal (api-token-old). */
  tokenMaxAgeDays: z.number().int().min(30).max(3650).catch(365).default(365),
});
export type Policy = z.infer<typeof Policy>;

export function parsePolicy(value: unknown): Policy {
  return Policy.parse(value && typeof value === 'object' ? value : {});
}

/** The policy's numbers once the profile's defaults are filled in. */
export function limits(policy: Policy): ProfileDefaults {
  const base = PROFILES[policy.profile];
  return {
    ...base,
    maxFullPerApp: policy.maxFullPerApp ?? base.maxFullPerApp,
    maxFullAppsPerPerson: policy.maxFullAppsPerPerson ?? base.maxFullAppsPerPerson,
  };
}

/** Compiles the name patterns once; an invalid pattern matches as plain text. */
export function nameMatcher(list: string[]): (name: string) => boolean {
  const res = list.map((p) => {
    try {
      return new RegExp(p, 'i');
    } catch {
      return new RegExp(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    }
  });
  return (name) => res.some((re) => re.test(name));
}
