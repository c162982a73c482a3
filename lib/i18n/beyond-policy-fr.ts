import type { beyondPolicyEn } from './beyond-policy-en';

// Les réglages des règles au-delà des rôles (components/options/BeyondRolesPolicy.tsx).
export const beyondPolicyFr: Record<keyof typeof beyondPolicyEn, string> = {
  'policy.beyond.title': 'Review apps et jetons d’API',
  'policy.beyond.help':
    'Seuils des constats au-delà des rôles ; les comptes de service sont ceux de la politique de revue ci-dessus.',
  'policy.beyond.reviewAppMaxAgeDays': 'Signaler les review apps de plus de (jours) qui ont encore des collaborateurs',
  'policy.beyond.tokenUnusedDays': 'Proposer de supprimer les jetons d’API inutilisés depuis plus de (jours)',
  'policy.beyond.tokenMaxAgeDays': 'Proposer de renouveler les jetons d’API de plus de (jours)',
  'policy.beyond.invalid': '{label} : saisissez un nombre entier de {min} à {max}. Rien n’a été enregistré.',
  'policy.beyond.failed': 'La politique n’a pas pu être enregistrée. Rien n’a changé.',
};
