// Textes français de la date d'une invitation telle qu'une page de collaborateurs l'affiche (mode sans jeton).
export const pagesDatesFr = {
  'evidence.invitedOnPage':
    'Invité le {date}, date affichée par la page, il y a {days} jours (politique : {max} jours).',
  'evidence.pageNoDate':
    'En attente ; la page n’affiche aucune date (ou aucune qui puisse être juste), son âge est donc inconnu : vérifiez-le sur le tableau de bord, ou connectez un jeton.',
  'confidence.invitePage': 'Datée par la page des collaborateurs.',
} as const;
