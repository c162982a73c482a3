import type { overlayPageEn } from './overlay-page-en';

// Chaînes françaises de l’affichage sur ce que liste la page du tableau de bord (mêmes clés ; en
// français, 0 et 1 prennent le singulier).
export const overlayPageFr: Record<keyof typeof overlayPageEn, string> = {
  'overlay.people.apps.one': '{count} app, dont {full} en accès complet',
  'overlay.people.apps.other': '{count} apps, dont {full} en accès complet',
  'overlay.people.appsNotShown.one': '{count} app ({hidden} hors de cette page), dont {full} en accès complet',
  'overlay.people.appsNotShown.other': '{count} apps ({hidden} hors de cette page), dont {full} en accès complet',
  'overlay.people.appsUnread.one': '{count} app, peut-être hors de cette page, dont {full} en accès complet',
  'overlay.people.appsUnread.other':
    '{count} apps, certaines peut-être hors de cette page, dont {full} en accès complet',
  'overlay.people.offPage.one': '+{count} constat sur des apps hors de cette page',
  'overlay.people.offPage.other': '+{count} constats sur des apps hors de cette page',
  'overlay.people.capped.one': 'compté pour {count} personne, la première de cette page',
  'overlay.people.capped.other': 'compté pour les {count} premières personnes de cette page',
  'overlay.people.unread.one': 'peut inclure des apps que cette page ne montre pas, pour {count} personne',
  'overlay.people.unread.other': 'peut inclure des apps que cette page ne montre pas, pour {count} personnes',
};
