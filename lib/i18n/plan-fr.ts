import type { planEn } from './plan-en';

// Chaînes françaises d’un plan honnête : décisions en désaccord, et celles que le plan écarte (#18).
export const planFr: Record<keyof typeof planEn, string> = {
  'plan.conflicts': 'Ces décisions se contredisent sur l’accès d’une personne à une application :',
  'plan.conflict': '{email} sur {app} : {kinds}.',
  'plan.conflict.rule':
    'Un retrait l’emporte sur un passage en Limited, et un changement sur une conservation : modifiez l’une d’elles si ce n’est pas voulu.',
  'plan.leftOut': 'Écartées du plan :',
  'plan.skip.not-found': 'introuvable dans la dernière analyse (relancez-la)',
  'plan.skip.owner': 'le propriétaire de l’application : jamais modifié d’ici',
  'plan.skip.self': 'votre propre accès : demandez au propriétaire de l’application',
  'plan.skip.no-change': 'déjà Limited : rien à changer',
  'plan.skip.not-a-person': 'ne porte pas sur l’accès d’une personne',
  'plan.skip.superseded': 'une autre décision sur la même personne et la même application la retire',
  'plan.skip.applied': 'déjà appliquée',
};
