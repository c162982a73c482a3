// English strings of an honest plan: decisions that disagree, and those the plan leaves out (#18).
export const planEn = {
  'plan.conflicts': 'These decisions disagree on one person’s access to one app:',
  'plan.conflict': '{email} on {app}: {kinds}.',
  'plan.conflict.rule':
    'A removal wins over a downgrade, and a write over a keep: change one of them if that is not what you want.',
  'plan.leftOut': 'Left out of the plan:',
  'plan.skip.not-found': 'no longer found in the last scan (scan again)',
  'plan.skip.owner': 'the app’s owner: never changed from here',
  'plan.skip.self': 'your own access: ask the app’s owner',
  'plan.skip.no-change': 'already Limited: nothing to change',
  'plan.skip.not-a-person': 'not about one person’s access',
  'plan.skip.superseded': 'another decision on the same person and app removes them',
  'plan.skip.applied': 'already applied',
} as const;
