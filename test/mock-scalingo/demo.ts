/**
 * Names from datasets/demo.json that tests, the demo script and docs refer to.
 * Kept next to the dataset so a rename breaks loudly (see dataset.test.ts).
 */
export const DEMO_TOKENS = {
  /** The account owner: 2FA on, owns 11 apps, full collaborator on billing-api-prod. */
  alice: 'tk-us-demo-alice-0000000000000000000000000000000000',
  /** A Limited Collaborator on shop-api-staging, docs-portal and care-records; owns nothing. */
  julien: 'tk-us-demo-julien-000000000000000000000000000000000',
} as const;

/** alice's other API tokens (docs/rules.md, api-token-*): one over a year old, one unused for months, one never used. */
export const DEMO_OTHER_TOKENS = {
  ci: 'tk-us-demo-alice-ci-00000000000000000000000000000000',
  laptop: 'tk-us-demo-alice-laptop-0000000000000000000000000000',
  script: 'tk-us-demo-alice-script-0000000000000000000000000000',
} as const;

/** The only token of datasets/mixed-owners.json: sam@acme.example, on apps of three owners (one at gmail.com). */
export const MIXED_OWNERS_TOKEN = 'tk-us-mixed-sam-0000000000000000000000000000000000';

/** The only token of datasets/empty.json (an account with no apps). */
export const EMPTY_TOKEN = 'tk-us-demo-empty-00000000000000000000000000000000000';

export const DEMO_USER_IDS = {
  alice: 'us-5e1f0c2a-7d3b-4c8e-9f10-000000000001',
  julien: 'us-5e1f0c2a-7d3b-4c8e-9f10-00000000000e',
} as const;
