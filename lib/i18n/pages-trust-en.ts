// English strings of page-only mode's limits: how sure a page finding is, what the token path
// cannot see, and apps a page showed too many rows of to read whole.
export const pagesTrustEn = {
  'confidence.pageShows':
    'Read from a dashboard page you visited, not from Scalingo’s API: the page may be out of date or misleading.',
  'pages.onboarding.tokenCannot':
    'It cannot see reads (viewing logs, environment values or databases leaves no event), an owner’s 2FA on apps where you are only a collaborator, or apps your account is not on. It carries every right of your account: prefer a dedicated account.',
  'pages.popup.leftOut':
    'Too many people on one page to read them all: open these apps’ own collaborators pages: {apps}',
  'pages.export.inside': 'inside: {domain}',
} as const;
