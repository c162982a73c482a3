import type { Review } from '../../../../lib/engine/review';
import type { Acceptance } from '../../../../lib/engine/acceptances';
import type { ActivitySummary } from '../../../../lib/activity/summary';
import type { AccessSnapshot } from '../../../../lib/scan/snapshot';

// The shape of engine-cases.json.gz (written once by freeze.ts, read by engine-equivalence.test.ts).

/** Policies every frozen snapshot is reviewed under: the defaults, and one that sets every knob the rules read. */
export const CASE_POLICIES: Record<string, unknown> = {
  default: {},
  strict: {
    profile: 'large',
    trustedDomains: ['acme.example', '@Agency.example'],
    serviceAccounts: ['ops-bot@acme.example', 'deploy@agency.example'],
    trustedLeads: ['ann@acme.example'],
    lookBackDays: 30,
    invitationMaxAgeDays: 3,
    maxFullPerApp: 2,
    maxFullAppsPerPerson: 2,
    productionPatterns: ['shop', '(^|-)live$'],
    sensitivePatterns: ['billing', 'care', '[unclosed'],
    reviewAppMaxAgeDays: 5,
    tokenUnusedDays: 30,
    tokenMaxAgeDays: 60,
  },
};

export interface FrozenReview {
  name: string;
  snapshot: AccessSnapshot;
  policy: string;
  now: string;
  acceptances: Acceptance[];
  result: Review;
}

export interface FrozenCases {
  reviews: FrozenReview[];
  /** Activity summaries of the bench's generated account (bench/rules-bench.ts `build`), in assignment order. */
  summaries: Array<{ name: string; activities: Array<ActivitySummary | null> }>;
}
