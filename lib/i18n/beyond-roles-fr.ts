import type { beyondRolesEn } from './beyond-roles-en';

// Les mêmes clés que beyond-roles-en.ts (review apps, lien SCM, jetons d’API, comptes de service).
export const beyondRolesFr: Record<keyof typeof beyondRolesEn, string> = {
  'evidence.reviewApp.parent':
    'Review app de {parent} : elle a copié les collaborateurs de l’app parente à sa création ; les changements faits ensuite sur la parente ne l’atteignent jamais.',
  'evidence.reviewApp.notOnParent': 'Aucun accès à l’app parente {parent}.',
  'evidence.reviewApp.higherRole': 'Limited Collaborator sur l’app parente {parent}, Collaborator complet ici.',
  'evidence.reviewApp.parentSensitive': 'Son app parente {parent} est sensible.',
  'evidence.reviewApp.age': 'Créée le {date}, il y a {days} jours (politique : {max} jours).',
  'evidence.reviewApp.noStaleDeletion': 'Le lien SCM de {parent} ne supprime pas les review apps inactives.',
  'evidence.reviewApp.staleUnknown': 'On ne sait pas si le lien SCM de {parent} supprime les review apps inactives.',
  'evidence.reviewApp.deleteOnDashboard':
    'Si elle ne sert plus, supprimez la review app dans le dashboard ; l’extension ne retire que les collaborateurs.',
  'evidence.scm.repo': 'Dépôt {repo}, branche {branch}, déployée automatiquement.',
  'evidence.scm.pushDeploys':
    'Qui peut pousser sur {branch} déploie cette app : protégez la branche sur le dépôt (revues obligatoires), ou coupez le déploiement automatique.',
  'evidence.scm.forks':
    'Les review apps sont créées automatiquement, y compris pour les pull requests venant de forks.',
  'evidence.scm.forksRisk':
    'Les propriétaires des forks exécutent alors leur code avec l’environnement de la review app (la CLI de Scalingo le signale).',
  'evidence.scm.people': '{count} personnes en plus du propriétaire ont accès à cette app.',
  'evidence.linker.notCollaborator': '{person} n’est plus collaborateur de cette app.',
  'evidence.linker.deleted': 'Le compte Scalingo de {person} a été supprimé.',
  'evidence.linker.external': 'Le domaine {domain} n’est pas un de ceux de l’équipe ({trusted}).',
  'evidence.linker.credentials':
    'L’intégration utilise les identifiants SCM de cette personne : liez à nouveau le dépôt depuis un compte de l’équipe.',
  'evidence.token.created': 'Créé le {date} (il y a {days} jours).',
  'evidence.token.neverUsed': 'Jamais utilisé.',
  'evidence.token.lastUsed': 'Dernière utilisation le {date}, il y a {days} jours (politique : {max} jours).',
  'evidence.token.old':
    'Plus de {max} jours. Les jetons d’API n’expirent jamais : renouvelez-le pour qu’une copie fuitée en route ne serve plus.',
  'evidence.token.readOnly':
    'Supprimez-le ou renouvelez-le sur la page des jetons d’API du dashboard : l’extension ne le fait pas.',
  'evidence.serviceAccount.apps': 'Collaborator sur : {names}.',
  'evidence.serviceAccount.onePerApp':
    'Le guide de Scalingo limite un jeton en faisant d’un compte de service le Collaborator d’une seule application.',
  'confidence.scmLink': 'Lu dans le lien SCM de l’app.',
  'confidence.scmLinkUnknown':
    'Le lien SCM de l’app parente n’a pas été lu : il supprime peut-être les review apps inactives.',
  'confidence.tokenList': 'Lu dans la liste des jetons d’API du compte.',
  'confidence.serviceGuess': 'Aucun compte de service dans la politique : reconnu à son adresse.',
  'review.alignReviewApps': 'Aligner les review apps sur leur app parente ({count})',
  'review.alignReviewApps.help':
    'Décide un retrait ou un passage en Limited sur chaque review app qui donne plus que sa parente ou qui est trop ancienne ; prévisualisez le plan pour voir les appels. Aucune app n’est supprimée.',
  'evidence.reviewApp.noLink': '{parent} n’a pas de lien SCM : rien ne supprime ses review apps inactives.',
  'evidence.reviewApp.staleTooLate':
    'Le lien SCM de {parent} ne supprime les review apps inactives qu’après {days} jours (politique : {max} jours).',
  'ownToken.line': 'Le jeton qu’utilise cette extension : « {name} », créé le {created}, {lastUse}.',
  'ownToken.lastUsed': 'dernière utilisation le {date}',
  'ownToken.neverUsed': 'jamais utilisé',
  'ownToken.howExchange': 'Reconnu comme le seul jeton échangé dans la dernière heure.',
  'ownToken.howMarked': 'Vous l’avez désigné.',
  'ownToken.unknown':
    'Le jeton qu’utilise cette extension n’est pas connu : aucun des {count} jetons listés ne peut être reconnu comme le sien.',
  'ownToken.pick': 'Jeton listé',
  'ownToken.noName': '(sans nom)',
  'evidence.reviewApp.staleSilent': 'Le lien SCM de {parent} ne dit pas s’il supprime les review apps inactives.',
  'evidence.reviewApp.staleDelayUnknown':
    'Le lien SCM de {parent} supprime les review apps inactives, sans dire au bout de combien de temps.',
  'confidence.scmLinkSilent': 'Le lien SCM de l’app parente a été lu mais ne dit rien des review apps inactives.',
  'confidence.scmLinkDelayUnknown':
    'Le lien SCM de l’app parente supprime les review apps inactives, après un délai qu’il ne donne pas.',
};
