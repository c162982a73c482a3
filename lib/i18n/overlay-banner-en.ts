// English strings of the account-wide page's banner (issue #15's review): the punctuation lives
// here, never in code, so each language writes its own.
export const overlayBannerEn = {
  'overlay.people.findings.one': 'Access Review: {count} open finding on this page: {detail}',
  'overlay.people.findings.other': 'Access Review: {count} open findings on this page: {detail}',
  'overlay.people.none': 'No open finding on this page.',
  'overlay.people.appFinding': '{priority} {title}',
  'overlay.people.moreAppFindings': '{count} more about these apps in the review',
  'overlay.people.degraded.one': 'Access Review: {count} open finding on your account',
  'overlay.people.degraded.other': 'Access Review: {count} open findings on your account',
} as const;
