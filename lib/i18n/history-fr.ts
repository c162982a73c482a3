import type { historyEn } from './history-en';

// Chaînes françaises de la clôture d’une revue et de l’historique des revues terminées (#18).
export const historyFr: Record<keyof typeof historyEn, string> = {
  'complete.title': 'Terminer la revue',
  'complete.undecided.one': '{count} constat sans décision :',
  'complete.undecided.other': '{count} constats sans décision :',
  'complete.more': '…et {count} de plus.',
  'complete.allDecided': 'Chaque constat ouvert a une décision.',
  'complete.fallback': 'Que consigner pour les constats sans décision',
  'complete.fallback.open': 'Les laisser ouverts (sans décision ; par défaut)',
  'complete.fallback.keep':
    'Les conserver tels quels : consignés « conservés par défaut, sans raison donnée », jamais comme une conservation revue',
  'complete.now': 'Terminer maintenant',
  'complete.cancel': 'Annuler',
  'complete.done': 'Revue terminée et enregistrée dans l’historique ({date}).',
  'complete.open': 'L’ouvrir dans l’historique',
  'history.link': 'Revues terminées (historique)',
  'history.title': 'Revues terminées',
  'history.none': 'Aucune revue terminée : terminez-en une depuis la page de revue.',
  'history.when': 'Terminée le {date} par {who}',
  'history.score': 'Score {score}/100',
  'history.open': 'Ouverts : {counts}',
  'history.accepted': '{count} acceptés ou conservés',
  'history.findings.one': '{count} constat',
  'history.findings.other': '{count} constats',
  'history.decided.one': '{count} décidé',
  'history.decided.other': '{count} décidés',
  'history.fallback': '{count} conservés par défaut',
  'history.changes.one': '{count} changement',
  'history.changes.other': '{count} changements',
  'history.sha256': 'SHA-256 du JSON canonique de la revue :',
  'history.noSha': 'Terminée par une version antérieure : exportée telle que cette version la rend.',
  'history.sha256.help':
    'Chaque export porte cette empreinte. Recalculez-la depuis l’export JSON (sans « format » ni « sha256 », clés triées, sans espaces) pour déceler un dossier modifié.',
  'review.draftNote':
    'Les exports d’ici sont des brouillons de la revue en cours ; les revues terminées s’exportent depuis l’historique.',
};
