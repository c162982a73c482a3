// English strings of decisions that last: a "keep" reviewed until the review period ends (#18).
export const keptEn = {
  'review.keptUntil': 'Kept as is, reviewed until {date} by {by}: {why}',
  'review.keptExpired': 'Kept as is until {date}: the review period is over, to decide again.',
  'popup.kept.one': '1 kept as is (reviewed)',
  'popup.kept.other': '{count} kept as is (reviewed)',
  'overlay.kept': 'kept as is, reviewed until {date}',
  'overlay.banner.kept.one': '{count} kept as is',
  'overlay.banner.kept.other': '{count} kept as is',
  'options.policy.reviewPeriod': 'Review period (days): a “keep” counts as reviewed this long',
} as const;
