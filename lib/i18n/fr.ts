import type { MessageKey } from './en';
import { beyondRolesFr } from './beyond-roles-fr';
import { cliFr } from './cli-fr';
import { findingsFr } from './findings-fr';
import { glanceFr } from './glance-fr';
import { bulkFr } from './bulk-fr';
import { csvWordsFr } from './csv-words-fr';
import { overlayFr } from './overlay-fr';
import { overlayPageFr } from './overlay-page-fr';
import { reviewFr } from './review-fr';
import { storedFr } from './stored-fr';
import { pagesFr } from './pages-fr';
import { historyFr } from './history-fr';
import { keptFr } from './kept-fr';
import { planFr } from './plan-fr';
import { readingFr } from './reading-fr';
import { readingMoreFr } from './reading-more-fr';
import { popupFr } from './popup-fr';
import { formsFr } from './forms-fr';
import { beyondPolicyFr } from './beyond-policy-fr';
import { ownTokenFr } from './own-token-fr';
import { remindersFr } from './reminders-fr';
import { ask2faFr } from './ask-2fa-fr';
import { trendFr } from './trend-fr';
import { transferFr } from './transfer-fr';
import { importBoundsFr } from './import-bounds-fr';
import { policyImportFr } from './policy-import-fr';
import { packsFr } from './packs-fr';
import { popoverFr } from './popover-fr';
import { eventsFr } from './events-fr';
import { a11yFr } from './a11y-fr';
import { pagesTrustFr } from './pages-trust-fr';
import { fullShareFr } from './full-share-fr';
import { pagesLeftOutFr } from './pages-left-out-fr';
import { reviewLoadingFr } from './review-loading-fr';
import { lifecycleFr } from './lifecycle-fr';
import { refusalsFr } from './refusals-fr';
import { overlayBannerFr } from './overlay-banner-fr';
import { pagesDatesFr } from './pages-dates-fr';
import { honestFr } from './honest-fr';

// Chaînes françaises : mêmes clés que en.ts, vérifiées par le typage.
export const fr: Record<MessageKey, string> = {
  ...findingsFr,
  ...reviewFr,
  ...glanceFr,
  ...bulkFr,
  ...csvWordsFr,
  ...overlayFr,
  ...overlayPageFr,
  ...cliFr,
  ...storedFr,
  ...pagesFr,
  ...historyFr,
  ...keptFr,
  ...planFr,
  ...beyondRolesFr,
  ...readingFr,
  ...popupFr,
  ...formsFr,
  ...beyondPolicyFr,
  ...ownTokenFr,
  ...remindersFr,
  ...ask2faFr,
  ...trendFr,
  ...transferFr,
  ...importBoundsFr,
  ...popoverFr,
  ...eventsFr,
  ...a11yFr,
  ...pagesTrustFr,
  ...fullShareFr,
  ...pagesLeftOutFr,
  ...lifecycleFr,
  ...refusalsFr,
  ...overlayBannerFr,
  ...reviewLoadingFr,
  'app.name': 'Scalingo Access Review',
  'options.title': 'Réglages',
  'options.token.label': 'Jeton d’API Scalingo',
  'options.token.help':
    'Le jeton porte tous les droits du compte qui l’a créé. Créez-en un pour cette extension dans le dashboard, idéalement depuis un compte dédié.',
  'options.token.link': 'Ouvrir la page des jetons d’API du dashboard',
  'options.token.remember': 'Mémoriser sur cet appareil (chiffré) ; sinon oublié à la fermeture du navigateur',
  'options.connect': 'Connecter',
  'options.connecting': 'Vérification du jeton…',
  'options.disconnect': 'Se déconnecter et oublier le jeton',
  'options.connected': 'Connecté en tant que {username} ({email}).',
  'options.notConnected': 'Non connecté.',
  'options.authUrl.label':
    'URL du service d’authentification (version de test seulement : Scalingo ou un serveur sur cette machine)',
  'options.authUrl.fixed': 'Le jeton d’API n’est jamais envoyé qu’à {url}.',
  'options.authUrl.help': 'La changer vous déconnecte : collez à nouveau le jeton.',
  'options.save': 'Enregistrer',
  'options.saved': 'Enregistré.',
  'options.language': 'Langue',
  'options.language.auto': 'Langue du navigateur',
  'options.advanced': 'Langue et connexion',
  'options.scan.title': 'Analyses',
  'options.schedule': 'Analyser automatiquement',
  'options.schedule.off': 'Jamais (seulement à la demande)',
  'options.schedule.6h': 'Toutes les 6 heures',
  'options.schedule.daily': 'Tous les jours',
  'options.schedule.weekly': 'Toutes les semaines',
  'options.rescanAll': 'Tout réanalyser maintenant (relit toute l’activité)',
  'policy.title': 'Politique de revue',
  'policy.profile': 'Profil d’équipe (bonnes pratiques Scalingo)',
  'policy.profile.small': 'Petite équipe : un responsable propriétaire, quelques collaborateurs complets de confiance',
  'policy.profile.mid': 'Équipe moyenne : accès complet pour les responsables et l’ops, Limité par défaut',
  'policy.profile.large': 'Grande organisation : comptes de service propriétaires, accès complet pour l’ops seulement',
  'policy.trustedDomains': 'Domaines e-mail de l’équipe (un par ligne ; vide = le vôtre)',
  'policy.serviceAccounts': 'Comptes de service (e-mails, un par ligne)',
  'policy.trustedLeads': 'Responsables de confiance pouvant avoir l’accès complet (e-mails, un par ligne)',
  'policy.lookBack': 'L’activité compte sur les derniers (jours)',
  'policy.invitationAge': 'Signaler les invitations en attente depuis plus de (jours)',
  'policy.maxFull': 'Collaborateurs complets permis par application (vide = selon le profil)',
  'policy.maxFullApps': 'Applications en accès complet permises par personne (vide = selon le profil)',
  'policy.production': 'Noms d’applications de production (expressions régulières, une par ligne)',
  'policy.sensitive': 'Noms d’applications sensibles (expressions régulières, une par ligne)',
  'changes.title': 'Changements',
  'changes.allow': 'Permettre les changements de rôle et les retraits depuis la page de revue',
  'changes.on': 'Activé : chaque plan montre ses appels exacts et demande votre confirmation.',
  'changes.off': 'Désactivé : l’extension ne fait que lire. Les décisions restent planifiables et exportables.',
  'popup.openSettings': 'Ouvrir les réglages',
  'popup.notConnected': 'Connectez un jeton d’API Scalingo pour savoir qui a accès à vos applications.',
  'popup.rescan': 'Relancer l’analyse',
  'popup.scanning': 'Analyse en cours…',
  'popup.progress': '{phase} : {done} requêtes sur {total}',
  'popup.phase.account': 'Lecture du compte',
  'popup.phase.apps': 'Liste des applications et des collaborateurs',
  'popup.phase.events': 'Lecture de l’activité récente',
  'popup.eta': 'environ {seconds} s restantes',
  'popup.cancel': 'Arrêter l’analyse',
  'popup.cancelled': 'Analyse arrêtée.',
  'popup.review': 'Revue',
  'popup.score': 'Score {score}/100',
  'popup.noFindings': 'Rien à revoir.',
  'popup.findings.one': '{count} constat à revoir',
  'popup.findings.other': '{count} constats à revoir',
  'popup.accepted.one': '{count} risque accepté',
  'popup.accepted.other': '{count} risques acceptés',
  'popup.topFindings': 'Constats les plus urgents',
  'popup.onThisApp': 'Les constats de {app} d’abord',
  'popup.openReview': 'Ouvrir la revue complète',
  'onboarding.title': 'Avant de commencer',
  'onboarding.token':
    'L’extension lit vos applications avec un jeton d’API Scalingo. Un jeton a tous les droits de son compte.',
  'onboarding.create': 'Créez-en un pour cette extension :',
  'onboarding.dedicated':
    'Mieux : créez-le depuis un compte dédié à la revue, collaborateur des applications à revoir.',
  'onboarding.readOnly':
    'Rien n’est modifié sur Scalingo tant que vous n’activez pas les changements et ne confirmez pas chaque plan.',
  'onboarding.connect': 'Ouvrir les réglages pour se connecter',
  'popup.lastScan': 'Dernière analyse {when}',
  'popup.never': 'Aucune analyse pour l’instant.',
  'popup.tfa.on': '2FA activée',
  'popup.tfa.off': '2FA désactivée',
  'popup.tfa.unknown': '2FA inconnue',
  'popup.region': 'Région',
  'popup.apps': 'Applications',
  'popup.collaborators': 'Collaborateurs',
  'popup.roleLimited.one': '{count} app illisible avec votre rôle, hors de cette revue : {apps}',
  'popup.roleLimited.other': '{count} apps illisibles avec votre rôle, hors de cette revue : {apps}',
  'popup.scanErrors.one': '{count} partie du compte illisible (affichée telle que lue la dernière fois) : {first}',
  'popup.scanErrors.other':
    '{count} parties du compte illisibles (affichées telles que lues la dernière fois) : {first}',
  'role.owner': 'Propriétaire',
  'role.collaborator': 'Collaborateur',
  'role.limited': 'Limité',
  'status.pending': 'invitation en attente',
  'status.deleted': 'compte supprimé',
  'badge.tfa.on': '2FA',
  'badge.tfa.off': 'sans 2FA',
  'error.unauthorized': 'Jeton invalide ou révoqué : collez un jeton d’API valide dans les réglages.',
  'error.forbidden': 'Scalingo a refusé : ce compte n’a pas les droits pour cette action.',
  'error.not_found': 'Introuvable sur Scalingo (application ou collaborateur).',
  'error.rate_limited': 'La limite de requêtes de Scalingo est atteinte ; réessayez dans une minute.',
  'error.network': 'Scalingo est injoignable : vérifiez votre connexion.',
  'error.unexpected': 'Scalingo a répondu de façon inattendue ; réessayez plus tard.',
  'error.invalid': 'Scalingo a refusé la requête.',
  'error.refused': 'Cet appel n’est pas autorisé par l’extension.',
  'error.bad_request': 'L’extension a envoyé une requête mal formée.',
  'error.internal': 'Une erreur interne de l’extension est survenue.',
  'error.details': 'Détails : {message}',
  ...readingMoreFr,
  ...pagesDatesFr,
  ...policyImportFr,
  ...packsFr,
  ...honestFr,
};
