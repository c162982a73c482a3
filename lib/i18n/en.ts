import { beyondRolesEn } from './beyond-roles-en';
import { cliEn } from './cli-en';
import { findingsEn } from './findings-en';
import { glanceEn } from './glance-en';
import { bulkEn } from './bulk-en';
import { csvWordsEn } from './csv-words-en';
import { overlayEn } from './overlay-en';
import { overlayPageEn } from './overlay-page-en';
import { reviewEn } from './review-en';
import { storedEn } from './stored-en';
import { pagesEn } from './pages-en';
import { historyEn } from './history-en';
import { keptEn } from './kept-en';
import { planEn } from './plan-en';
import { readingEn } from './reading-en';
import { readingMoreEn } from './reading-more-en';
import { popupEn } from './popup-en';
import { formsEn } from './forms-en';
import { beyondPolicyEn } from './beyond-policy-en';
import { ownTokenEn } from './own-token-en';
import { remindersEn } from './reminders-en';
import { ask2faEn } from './ask-2fa-en';
import { trendEn } from './trend-en';
import { transferEn } from './transfer-en';
import { importBoundsEn } from './import-bounds-en';
import { policyImportEn } from './policy-import-en';
import { packsEn } from './packs-en';
import { popoverEn } from './popover-en';
import { eventsEn } from './events-en';
import { a11yEn } from './a11y-en';
import { pagesTrustEn } from './pages-trust-en';
import { fullShareEn } from './full-share-en';
import { pagesLeftOutEn } from './pages-left-out-en';
import { reviewLoadingEn } from './review-loading-en';
import { lifecycleEn } from './lifecycle-en';
import { refusalsEn } from './refusals-en';
import { overlayBannerEn } from './overlay-banner-en';
import { pagesDatesEn } from './pages-dates-en';
import { honestEn } from './honest-en';

// English strings. Keys are shared with fr.ts (its type is checked against this file).
export const en = {
  ...findingsEn,
  ...reviewEn,
  ...glanceEn,
  ...bulkEn,
  ...csvWordsEn,
  ...overlayEn,
  ...overlayPageEn,
  ...cliEn,
  ...storedEn,
  ...pagesEn,
  ...historyEn,
  ...keptEn,
  ...planEn,
  ...beyondRolesEn,
  ...readingEn,
  ...popupEn,
  ...formsEn,
  ...beyondPolicyEn,
  ...ownTokenEn,
  ...remindersEn,
  ...ask2faEn,
  ...trendEn,
  ...transferEn,
  ...importBoundsEn,
  ...popoverEn,
  ...eventsEn,
  ...a11yEn,
  ...pagesTrustEn,
  ...fullShareEn,
  ...pagesLeftOutEn,
  ...lifecycleEn,
  ...refusalsEn,
  ...overlayBannerEn,
  ...reviewLoadingEn,
  ...honestEn,
  'app.name': 'Scalingo Access Review',
  'options.title': 'Settings',
  'options.token.label': 'Scalingo API token',
  'options.token.help':
    'The token carries every right of the account that created it. Create one for this extension on the dashboard, ideally from a dedicated account.',
  'options.token.link': 'Open the dashboard’s API tokens page',
  'options.token.remember': 'Remember on this device (encrypted); otherwise forgotten when the browser closes',
  'options.connect': 'Connect',
  'options.connecting': 'Checking the token…',
  'options.disconnect': 'Sign out and forget the token',
  'options.connected': 'Connected as {username} ({email}).',
  'options.notConnected': 'Not connected.',
  'options.authUrl.label': 'Auth service URL (test build only: Scalingo or a server on this machine)',
  'options.authUrl.fixed': 'The API token is only ever sent to {url}.',
  'options.authUrl.help': 'Changing it signs you out: paste the token again.',
  'options.save': 'Save',
  'options.saved': 'Saved.',
  'options.language': 'Language',
  'options.language.auto': 'Browser language',
  'options.advanced': 'Language and connection',
  'options.scan.title': 'Scans',
  'options.schedule': 'Scan automatically',
  'options.schedule.off': 'Never (only when I ask)',
  'options.schedule.6h': 'Every 6 hours',
  'options.schedule.daily': 'Every day',
  'options.schedule.weekly': 'Every week',
  'options.rescanAll': 'Rescan everything now (reads all activity again)',
  'policy.title': 'Review policy',
  'policy.profile': 'Team profile (Scalingo’s best practices)',
  'policy.profile.small': 'Small team: a lead owns, a few trusted full collaborators',
  'policy.profile.mid': 'Mid-sized team: full access for leads and ops, Limited by default',
  'policy.profile.large': 'Large organisation: service-account owners, full access for ops only',
  'policy.trustedDomains': 'Team e-mail domains (one per line; empty = yours)',
  'policy.serviceAccounts': 'Service accounts (e-mails, one per line)',
  'policy.trustedLeads': 'Trusted leads who may get full access (e-mails, one per line)',
  'policy.lookBack': 'Activity counts over the last (days)',
  'policy.invitationAge': 'Pending invitations older than (days) are flagged',
  'policy.maxFull': 'Full collaborators allowed per app (empty = the profile’s)',
  'policy.maxFullApps': 'Apps one person may have full access to (empty = the profile’s)',
  'policy.production': 'Production app names (regular expressions, one per line)',
  'policy.sensitive': 'Sensitive app names (regular expressions, one per line)',
  'changes.title': 'Changes',
  'changes.allow': 'Allow role changes and removals from the review page',
  'changes.on': 'On: each plan still shows its exact calls and needs your confirmation.',
  'changes.off': 'Off: the extension only reads. Decisions can still be planned and exported.',
  'popup.openSettings': 'Open the settings',
  'popup.notConnected': 'Connect a Scalingo API token to review who can access your apps.',
  'popup.rescan': 'Rescan',
  'popup.scanning': 'Scanning…',
  'popup.progress': '{phase}: {done} of {total} requests',
  'popup.phase.account': 'Reading the account',
  'popup.phase.apps': 'Listing apps and collaborators',
  'popup.phase.events': 'Reading recent activity',
  'popup.eta': 'about {seconds} s left',
  'popup.cancel': 'Stop the scan',
  'popup.cancelled': 'Scan stopped.',
  'popup.review': 'Review',
  'popup.score': 'Score {score}/100',
  'popup.noFindings': 'Nothing to review.',
  'popup.findings.one': '1 finding to review',
  'popup.findings.other': '{count} findings to review',
  'popup.accepted.one': '1 accepted risk',
  'popup.accepted.other': '{count} accepted risks',
  'popup.topFindings': 'Most urgent findings',
  'popup.onThisApp': 'Findings of {app} first',
  'popup.openReview': 'Open the full review',
  'onboarding.title': 'Before you start',
  'onboarding.token':
    'The extension reads your apps with a Scalingo API token. A token carries every right of its account.',
  'onboarding.create': 'Create one for this extension:',
  'onboarding.dedicated': 'Better: create it from a dedicated review account that collaborates on the apps to review.',
  'onboarding.readOnly': 'Nothing is changed on Scalingo unless you turn changes on and confirm each plan.',
  'onboarding.connect': 'Open the settings to connect',
  'popup.lastScan': 'Last scan {when}',
  'popup.never': 'No scan yet.',
  'popup.tfa.on': '2FA on',
  'popup.tfa.off': '2FA off',
  'popup.tfa.unknown': '2FA unknown',
  'popup.region': 'Region',
  'popup.apps': 'Apps',
  'popup.collaborators': 'Collaborators',
  'popup.roleLimited.one': '1 app you cannot read with your role there, left out of this review: {apps}',
  'popup.roleLimited.other': '{count} apps you cannot read with your role there, left out of this review: {apps}',
  'popup.scanErrors.one': '1 part of the account could not be read (shown as last read): {first}',
  'popup.scanErrors.other': '{count} parts of the account could not be read (shown as last read): {first}',
  'role.owner': 'Owner',
  'role.collaborator': 'Collaborator',
  'role.limited': 'Limited',
  'status.pending': 'invitation pending',
  'status.deleted': 'account deleted',
  'badge.tfa.on': '2FA',
  'badge.tfa.off': 'no 2FA',
  'error.unauthorized': 'Token invalid or revoked: paste a valid API token in the settings.',
  'error.forbidden': 'Scalingo refused: this account lacks the rights for that action.',
  'error.not_found': 'Not found on Scalingo (app or collaborator).',
  'error.rate_limited': 'Scalingo’s rate limit was reached; try again in a minute.',
  'error.network': 'Scalingo could not be reached: check your connection.',
  'error.unexpected': 'Scalingo answered something unexpected; try again later.',
  'error.invalid': 'Scalingo refused the request.',
  'error.refused': 'This call is not allowed by the extension.',
  'error.bad_request': 'The extension sent a malformed request.',
  'error.internal': 'Something went wrong inside the extension.',
  'error.details': 'Details: {message}',
  ...readingMoreEn,
  ...pagesDatesEn,
  ...policyImportEn,
  ...packsEn,
} as const;

export type MessageKey = keyof typeof en;
