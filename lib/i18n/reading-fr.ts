import type { readingEn } from './reading-en';

// Chaînes françaises d’un scan qui lit encore : ce qui s’affiche avant que l’activité de chaque app soit lue.
export const readingFr: Record<keyof typeof readingEn, string> = {
  'reading.apps': 'Activité encore en cours de lecture pour {count} app(s) : leurs constats peuvent changer.',
  'reading.stopped':
    'Scan arrêté avant la lecture de l’activité de {count} app(s) : leurs constats peuvent changer au prochain scan.',
  'reading.provisional': 'provisoire',
  'reading.app': 'activité en cours de lecture',
};
