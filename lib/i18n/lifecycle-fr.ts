import type { lifecycleEn } from './lifecycle-en';

// Chaînes françaises du cycle de vie de la revue (#18) : refus d’un import, d’une fin de revue ou d’un
// fichier de politique, et l’auteur d’une conservation déduite. Espace insécable (U+00A0) avant : ; ? !
export const lifecycleFr: Record<keyof typeof lifecycleEn, string> = {
  'kept.byUnrecorded': 'non enregistré',
  'refusal.notJson': 'Ce fichier n’est pas du JSON ({error}).',
  'refusal.notExport': 'Ce fichier n’est pas un export de Scalingo Access Review.',
  'refusal.version':
    'Ce fichier est en version {version}\u00a0; cette version de l’extension lit la version {expected}.',
  'refusal.damaged': 'Ce fichier est endommagé en {path}\u00a0: {issue}.',
  'refusal.damagedRoot': 'Ce fichier est endommagé à sa racine\u00a0: {issue}.',
  'refusal.file': 'Ce fichier est refusé\u00a0: {problem}.',
  'refusal.inThisFile': 'de ce fichier',
  'refusal.policy.object': 'la politique {where} doit être un objet JSON',
  'refusal.policy.unknown': 'la politique {where} a un champ inconnu «\u00a0{field}\u00a0» (connus\u00a0: {known})',
  'refusal.policy.value': 'la politique {where}, champ {field}\u00a0: {issue}',
  'refusal.what.kept': 'le constat conservé {id}',
  'refusal.what.accepted': 'le risque accepté {id}',
  'refusal.notDate': '{what}\u00a0: {field} {value} n’est pas une date',
  'refusal.acceptedFuture': '{what}\u00a0: acceptedAt {value} est dans le futur',
  'refusal.expiresBefore': '{what}\u00a0: expiresAt {value} précède acceptedAt',
  'refusal.keepTooLong':
    '{what}\u00a0: une conservation dure au plus une période de revue ({days} jours), mais expiresAt vaut {value}',
  'refusal.riskTooLong': '{what}\u00a0: un risque accepté prend fin dans l’année, mais expiresAt vaut {value}',
  'refusal.review.notCompleted': 'la revue {id} n’est pas une revue terminée ({status})',
  'refusal.review.notDate': 'la revue {id}\u00a0: completedAt {value} n’est pas une date',
  'refusal.review.future': 'la revue {id} a été terminée dans le futur ({value})',
  'refusal.review.notFrozen': 'la revue {id} n’a pas d’exports figés',
  'refusal.decision.notDate': 'la décision sur {id}\u00a0: decidedAt {value} n’est pas une date',
  'refusal.decision.future': 'la décision sur {id} a été prise dans le futur ({value})',
  'refusal.unit.what': 'la décision «\u00a0{kind}\u00a0» sur {id}',
  'refusal.unit.missing': '{what} n’a pas d’acceptation avec elle',
  'refusal.unit.contradicts': '{what} côtoie une acceptation qu’elle contredit',
  'refusal.unit.mismatch': '{what} ne correspond pas à son acceptation (type, raison ou date)',
  'refusal.frozen.hash': 'La revue terminée {id} a été modifiée\u00a0: son SHA-256 ne correspond pas.',
  'refusal.frozen.jsonNotJson': 'La revue terminée {id} est endommagée\u00a0: son export JSON n’est pas du JSON.',
  'refusal.frozen.jsonNotReview': 'La revue terminée {id} est endommagée\u00a0: son export JSON n’est pas une revue.',
  'refusal.frozen.json':
    'La revue terminée {id} a été modifiée\u00a0: son export JSON n’est pas la revue que nomme son SHA-256.',
  'refusal.frozen.md': 'La revue terminée {id} a été modifiée\u00a0: son export Markdown ne porte pas son SHA-256.',
  'refusal.frozen.csv': 'La revue terminée {id} a été modifiée\u00a0: son export CSV ne porte pas son SHA-256.',
  'refusal.historyFull.complete':
    'Ce navigateur garde au plus {max} revues terminées et en aurait {count}\u00a0: cette revue n’est pas terminée, et rien n’a été supprimé. Exportez l’historique dans un fichier (page de l’historique) pour l’archiver.',
  'refusal.historyFull.import':
    'Ce navigateur garde au plus {max} revues terminées et en aurait {count}\u00a0: ce fichier n’est pas importé, et rien n’a été supprimé. Exportez l’historique dans un fichier (page de l’historique) pour l’archiver.',
};
