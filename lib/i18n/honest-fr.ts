import type { honestEn } from './honest-en';

// Chaînes françaises des corrections d’honnêteté de la revue hostile (#18).
export const honestFr: Record<keyof typeof honestEn, string> = {
  'plan.refused.changed':
    'Les décisions ou le scan ont changé depuis l’aperçu de ce plan : affichez-le à nouveau avant de confirmer.',
  'csv.decision.fallback': 'Garder (par défaut)',
  'csv.justification.fallback': 'conservé par défaut, sans raison donnée',
};
