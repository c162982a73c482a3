import type { a11yEn } from './a11y-en';

// Noms accessibles français qui distinguent un repère du suivant (mêmes clés).
export const a11yFr: Record<keyof typeof a11yEn, string> = {
  'review.decisionOf': 'Décision : {title}',
  'glance.selection.title': 'Décider les constats sélectionnés',
};
