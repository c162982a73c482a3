// The evidence pack's headings and labels, in the language the review was done in.
export const LABELS = {
  en: {
    title: 'Access review', facts: 'Facts', completed: 'Completed', reviewer: 'Reviewer', scanned: 'Scanned',
    profile: 'Team profile', lookBack: 'Look-back (days)', trusted: 'Trusted domains', services: 'Service accounts',
    score: 'Score', open: 'Open findings', accepted: 'Accepted risks', findings: 'Findings', none: 'No findings.',
    priority: 'Priority', app: 'App', person: 'Person', finding: 'Finding', state: 'State', decision: 'Decision',
    evidence: 'Evidence', confidence: 'Confidence', action: 'Suggested action', link: 'Dashboard', justification: 'Justification',
    undecided: 'not decided', changes: 'Changes applied', change: 'Change', status: 'Status', reason: 'Reason', undone: 'Undone',
    noChanges: 'None.', access: 'Access at review time', region: 'Region', role: 'Role', tfa: '2FA', yes: 'yes', no: 'no',
    unknown: 'unknown', since: 'Changes since the previous review', added: 'New people', removed: 'Removed',
    roleChanged: 'Role changes', lostTfa: 'Without 2FA now', nothing: 'No change.', default: '(the scanning account’s)',
  },
  fr: {
    title: 'Revue des accès', facts: 'Faits', completed: 'Terminée le', reviewer: 'Réviseur', scanned: 'Analyse du',
    profile: 'Profil d’équipe', lookBack: 'Période (jours)', trusted: 'Domaines de confiance', services: 'Comptes de service',
    score: 'Score', open: 'Constats ouverts', accepted: 'Risques acceptés', findings: 'Constats', none: 'Aucun constat.',
    priority: 'Priorité', app: 'Application', person: 'Personne', finding: 'Constat', state: 'État', decision: 'Décision',
    evidence: 'Preuves', confidence: 'Confiance', action: 'Action suggérée', link: 'Dashboard', justification: 'Justification',
    undecided: 'non décidé', changes: 'Changements appliqués', change: 'Changement', status: 'Statut', reason: 'Raison', undone: 'Annulé',
    noChanges: 'Aucun.', access: 'Accès au moment de la revue', region: 'Région', role: 'Rôle', tfa: '2FA', yes: 'oui', no: 'non',
    unknown: 'inconnu', since: 'Changements depuis la revue précédente', added: 'Nouvelles personnes', removed: 'Retirés',
    roleChanged: 'Changements de rôle', lostTfa: 'Désormais sans 2FA', nothing: 'Aucun changement.', default: '(ceux du compte qui analyse)',
  },
} as const;
