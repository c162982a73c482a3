// English strings for an invitation's date as a collaborators page shows it (page-only mode).
export const pagesDatesEn = {
  'evidence.invitedOnPage': 'Invited on {date}, shown by the page, {days} days ago (policy: {max} days).',
  'evidence.pageNoDate':
    'Pending; the page shows no date (or none that can be right), so its age is unknown: check it on the dashboard, or connect a token.',
  'confidence.invitePage': 'Dated by the collaborators page.',
} as const;
