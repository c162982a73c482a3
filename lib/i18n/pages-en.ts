// English strings of page-only mode (a review from the dashboard's own pages, without a token).
export const pagesEn = {
  'pages.label': 'Page-only: from the pages you visited, no token',
  'pages.overlay.banner': 'Page-only (no token):',
  'pages.popup.intro':
    'This review comes from the collaborators pages you opened on the dashboard, not from Scalingo’s API: 2FA and invitations only where a page shows them.',
  'pages.popup.visit': 'Open the account-wide collaborators page: it covers every app in one visit.',
  'pages.popup.visitLink': 'Open dashboard.scalingo.com/collaborators',
  'pages.popup.empty': 'No collaborators page read yet.',
  'pages.popup.read': 'Read: {apps}',
  'pages.popup.readApp': '{app} ({when})',
  'pages.popup.token': 'Connect a token to see who used their full access, who did nothing, and your own 2FA.',
  'pages.onboarding.pagesTitle': 'Try it without a token',
  'pages.onboarding.pagesWhat':
    'Open your collaborators pages on the dashboard: the extension reads what they show and advises on external full access, too many full collaborators, and 2FA or invitations where the page shows them.',
  'pages.onboarding.pagesCannot':
    'It cannot tell who used their access, change anything, or see apps you did not open. Nothing is sent to Scalingo.',
  'pages.onboarding.pagesStart': 'Try it without a token',
  'pages.onboarding.tokenTitle': 'Connect a token',
  'pages.onboarding.tokenWhat':
    'For activity-based advice (who used their full access, who did nothing) and changes you confirm, on every app at once.',
  'pages.options.label': 'Page-only mode: without a token, review from the collaborators pages I open',
  'pages.options.help':
    'Nothing goes to Scalingo; only the pages you open are read, and a page can mislead the advice about the apps it shows. Turning it off forgets what the pages showed.',
  'pages.export.source': 'Source: the dashboard pages visited (page-only mode, no token); apps read: {apps}',
} as const;
