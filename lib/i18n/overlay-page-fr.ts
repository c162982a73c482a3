import type { overlayPageEn } from './overlay-page-en';

// Chaînes françaises de l’affichage sur ce que liste la page du tableau de bord (mêmes clés).
export const overlayPageFr: Record<keyof typeof overlayPageEn, string> = {
  'overlay.people.appsNotShown': '{apps} app(s) ({hidden} hors de cette page), dont {full} en accès complet',
  'overlay.people.capped': 'compté pour les {people} premières personnes de cette page',
};
