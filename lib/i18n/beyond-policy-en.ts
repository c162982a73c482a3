// The settings of the rules beyond roles (components/options/BeyondRolesPolicy.tsx).
export const beyondPolicyEn = {
  'policy.beyond.title': 'Review apps and API tokens',
  'policy.beyond.help':
    'Thresholds of the findings beyond roles; service accounts are the list in the review policy above.',
  'policy.beyond.reviewAppMaxAgeDays': 'Review apps older than (days) that still hold collaborators are flagged',
  'policy.beyond.tokenUnusedDays': 'API tokens unused for longer than (days) are flagged for deletion',
  'policy.beyond.tokenMaxAgeDays': 'API tokens older than (days) are flagged for renewal',
  'policy.beyond.invalid': '{label}: enter a whole number from {min} to {max}. Nothing was saved.',
  'policy.beyond.failed': 'The policy could not be saved. Nothing was changed.',
} as const;
