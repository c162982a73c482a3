// Evidence and confidence of the rules beyond roles (review apps, the SCM link, API tokens,
// service accounts: lib/rules/review-app-*.ts, scm-*.ts, api-token-*.ts, service-account-spread.ts).
export const beyondRolesEn = {
  'evidence.reviewApp.parent':
    'Review app of {parent}: it copied the parent’s collaborators when it was created; later changes on the parent never reach it.',
  'evidence.reviewApp.notOnParent': 'No access to the parent app {parent}.',
  'evidence.reviewApp.higherRole': 'Limited Collaborator on the parent app {parent}, full Collaborator here.',
  'evidence.reviewApp.parentSensitive': 'Its parent {parent} is a sensitive app.',
  'evidence.reviewApp.age': 'Created on {date}, {days} days ago (policy: {max} days).',
  'evidence.reviewApp.noStaleDeletion': 'The SCM link of {parent} does not delete stale review apps.',
  'evidence.reviewApp.staleUnknown': 'Whether the SCM link of {parent} deletes stale review apps is unknown.',
  'evidence.reviewApp.deleteOnDashboard':
    'If it is no longer needed, delete the review app on the dashboard; the extension only removes collaborators.',
  'evidence.scm.repo': 'Repository {repo}, branch {branch}, deployed automatically.',
  'evidence.scm.pushDeploys':
    'Whoever can push to {branch} deploys to this app: protect the branch on the repository (reviews required), or turn auto-deploy off.',
  'evidence.scm.forks': 'Review apps are created automatically, pull requests from forks included.',
  'evidence.scm.forksRisk':
    'Fork owners then run their code with the review app’s environment (Scalingo’s CLI warns about it).',
  'evidence.scm.people': '{count} people besides the owner have access to this app.',
  'evidence.linker.notCollaborator': '{person} is no longer a collaborator of this app.',
  'evidence.linker.deleted': 'The Scalingo account of {person} was deleted.',
  'evidence.linker.external': 'Domain {domain} is not one of the team’s ({trusted}).',
  'evidence.linker.credentials':
    'The integration runs on that person’s SCM credentials: link the repository again from a team account.',
  'evidence.token.created': 'Created on {date} ({days} days ago).',
  'evidence.token.neverUsed': 'Never used.',
  'evidence.token.lastUsed': 'Last used on {date}, {days} days ago (policy: {max} days).',
  'evidence.token.old':
    'Older than {max} days. API tokens never expire: renew it so that a copy leaked on the way stops working.',
  'evidence.token.readOnly': 'Delete or renew it on the dashboard’s API tokens page: the extension does not.',
  'evidence.serviceAccount.apps': 'Collaborator on: {names}.',
  'evidence.serviceAccount.onePerApp':
    'Scalingo’s guide scopes a token by making a service account Collaborator on one application only.',
  'confidence.scmLink': 'Read from the app’s SCM link.',
  'confidence.scmLinkUnknown': 'The parent’s SCM link was not read: it may delete stale review apps.',
  'confidence.tokenList': 'Read from the account’s API token list.',
  'confidence.serviceGuess': 'No service account is set in the policy: recognised from its address.',
  'review.alignReviewApps': 'Align the review apps with their parent ({count})',
  'review.alignReviewApps.help':
    'Decides a removal or a downgrade on each review app that grants more than its parent or is too old; preview the plan to see the calls. Apps are never deleted.',
  'evidence.reviewApp.noLink': '{parent} has no SCM link: nothing deletes its stale review apps.',
  'evidence.reviewApp.staleTooLate':
    'The SCM link of {parent} deletes stale review apps only after {days} days (policy: {max} days).',
  'ownToken.line': 'The token this extension uses: “{name}”, created on {created}, {lastUse}.',
  'ownToken.lastUsed': 'last used on {date}',
  'ownToken.neverUsed': 'never used',
  'ownToken.howExchange': 'Told apart as the only token exchanged in the last hour.',
  'ownToken.howMarked': 'You marked it.',
  'ownToken.unknown':
    'The token this extension uses is not known: none of the {count} listed tokens can be told apart as its own.',
  'ownToken.pick': 'Listed token',
  'ownToken.noName': '(no name)',
  'evidence.reviewApp.staleSilent': 'The SCM link of {parent} does not say whether it deletes stale review apps.',
  'evidence.reviewApp.staleDelayUnknown':
    'The SCM link of {parent} deletes stale review apps, but does not say after how long.',
  'confidence.scmLinkSilent': 'The parent’s SCM link was read but says nothing of stale review apps.',
  'confidence.scmLinkDelayUnknown': 'The parent’s SCM link deletes stale review apps, after a delay it does not give.',
} as const;
