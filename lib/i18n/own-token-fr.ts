import type { ownTokenEn } from './own-token-en';

// Le jeton qu’utilise cette extension, dans les constats sur les jetons et la commande qui le désigne.
export const ownTokenFr: Record<keyof typeof ownTokenEn, string> = {
  'rule.api-token-unused.titleExtension':
    'Le jeton d’API « {name} », celui qu’utilise cette extension, semble inutilisé : le supprimer déconnecte l’extension',
  'rule.api-token-old.titleExtension':
    'Le jeton d’API « {name} », celui qu’utilise cette extension, a {days} jours : renouvelez-le, puis collez le nouveau dans les réglages',
  'evidence.token.extension':
    'C’est le jeton qu’utilise cette extension (le seul échangé dans la dernière heure, comme l’extension le fait avant d’analyser).',
  'evidence.token.extensionMarked': 'C’est le jeton qu’utilise cette extension (vous l’avez désigné).',
  'evidence.token.extensionCaution':
    'Le supprimer déconnecte l’extension ; après l’avoir renouvelé, collez le nouveau jeton dans les réglages de l’extension.',
  'evidence.token.lastUse': 'Dernière utilisation le {date} (il y a {days} jours).',
  'evidence.token.lastUseNever': 'Jamais utilisé.',
  'review.token.markExtension': 'C’est le jeton qu’utilise cette extension',
  'review.token.unmarkExtension': 'Ce n’est pas le jeton de cette extension',
  'review.token.markFailed': 'La désignation n’a pas pu être enregistrée : {message}',
};
