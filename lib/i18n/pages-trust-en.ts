// English strings of page-only mode's limits: how sure a page finding is, what the token path
// cannot see, and the domain an app was judged with.
export const pagesTrustEn = {
  'confidence.pageShows':
    'Read from a dashboard page you visited, not from Scalingo’s API: the page may be out of date or misleading.',
  'pages.onboarding.tokenCannot':
    'It cannot see reads (viewing logs, environment values or databases leaves no event), an owner’s 2FA on apps where you are only a collaborator, or apps your account is not on. It carries every right of your account: prefer a dedicated account.',
  'pages.export.inside': 'inside: {domain}',
} as const;
