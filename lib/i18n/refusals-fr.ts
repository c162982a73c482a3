import type { refusalsEn } from './refusals-en';

// French strings of the refusals added by the hostile review of issue #18 (see refusals-en.ts).
export const refusalsFr: Record<keyof typeof refusalsEn, string> = {
  'refusal.frozen.mdRendered':
    'La revue terminée {id} a été modifiée\u00a0: son export Markdown n’est pas celui que rend sa revue.',
  'refusal.frozen.csvRendered':
    'La revue terminée {id} a été modifiée\u00a0: son export CSV n’est pas celui que rend sa revue.',
  'refusal.unit.expires':
    '{what}\u00a0: son acceptation finit le {value}, et non le {expected} comme le veut sa décision',
  'refusal.issue.max': 'au plus {max}',
  'refusal.issue.maxItems': 'au plus {max} éléments ou caractères',
  'refusal.issue.min': 'au moins {min}',
  'refusal.issue.minItems': 'au moins {min} éléments ou caractères',
  'refusal.issue.type.string': 'un texte était attendu',
  'refusal.issue.type.number': 'un nombre était attendu',
  'refusal.issue.type.boolean': 'true ou false était attendu',
  'refusal.issue.type.array': 'une liste était attendue',
  'refusal.issue.type.object': 'un objet était attendu',
  'refusal.issue.type.null': 'null était attendu',
  'refusal.issue.oneOf': 'une de ces valeurs était attendue\u00a0: {values}',
  'refusal.issue.format': 'pas un format {format} valide',
  'refusal.issue.unknownKeys.one': '{count} champ inconnu\u00a0: {keys}',
  'refusal.issue.unknownKeys.other': '{count} champs inconnus\u00a0: {keys}',
  'refusal.issue.invalid': 'pas une valeur valide',
  'refusal.notJsonFile': 'Ce fichier n’est pas du JSON.',
  'refusal.damagedAt': 'Ce fichier est endommagé à {path}\u00a0: {issue}.',
  'refusal.damagedAtRoot': 'Ce fichier est endommagé à sa racine\u00a0: {issue}.',
  'refusal.policy.unreadable': 'impossible de lire la politique {where}',
  'refusal.policy.notJson': 'la politique {where} n’est pas du JSON',
  'refusal.complete.noScan': 'Il n’y a pas encore de scan\u00a0: rien à terminer.',
  'refusal.complete.partial':
    'Le scan n’a pas lu toutes les applications (pas encore lues\u00a0: {count})\u00a0: laissez-le finir, ou relancez-le, avant de terminer la revue.',
  'refusal.pageOnly':
    'Mode pages seules\u00a0: connectez un jeton pour enregistrer des décisions, accepter des risques ou terminer une revue.',
  'refusal.history.notFound': 'Cette revue n’est pas dans l’historique.',
  'refusal.storeHeld':
    'Une écriture n’a pas abouti en {seconds}\u00a0s\u00a0: elle a été abandonnée pour que les autres continuent. Réessayez.',
  'change.reason.unreadFirst': 'Rien d’envoyé\u00a0: impossible de lire d’abord les collaborateurs\u00a0: {error}',
  'change.reason.lostNotApplied': '{error} Non appliqué\u00a0: {problem}',
  'change.reason.lostApplied': '{error} La relecture montre le changement appliqué.',
  'change.reason.lostUnread': '{error} Impossible aussi de relire les collaborateurs\u00a0: {again}',
  'change.reason.unreadAfter': 'Impossible de relire les collaborateurs\u00a0: {error}',
  'change.reason.stillListed': 'Toujours listé après le retrait.',
  'change.reason.inviteMissing': 'L’invitation n’apparaît pas dans la liste des collaborateurs.',
  'change.reason.gone': 'Le collaborateur n’est plus listé.',
  'change.reason.role': 'Scalingo montre toujours le rôle {role}.',
  'change.reason.stale':
    'Non envoyé\u00a0: Scalingo montre maintenant {found}, le plan attendait {expected}. Scannez à nouveau et refaites le plan.',
  'change.reason.staleUndo':
    'Non envoyé\u00a0: Scalingo montre maintenant {found}, plus ce que le changement avait laissé ({expected}).',
};
