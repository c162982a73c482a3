import type { fullShareEn } from './full-share-en';

// Textes français des constats d’une app montrés à chacun de ses collaborateurs complets (voir full-share-en.ts).
export const fullShareFr: Record<keyof typeof fullShareEn, string> = {
  'overlay.oneOfFull':
    'L’un des {count} collaborateurs complets de {app}\u00A0: revoyez qui a besoin d’un accès complet, passez les autres en Limité',
  'rule.team-domain-unknown.title':
    'Impossible de dire qui est hors de l’équipe sur {app}\u00A0: ouvrez la page des collaborateurs d’une app ou indiquez les domaines de votre équipe',
  'words.rule.team-domain-unknown': 'Équipe inconnue',
  'evidence.teamDomainUnknown':
    'Les pages ouvertes ne montrent ni le propriétaire de {app} ni celui d’une autre app d’où tirer le domaine de l’équipe\u00A0: l’accès complet externe n’y est pas jugé.',
} as const;
