import type { readingEn } from './reading-en';

// Chaînes françaises d’un scan qui lit encore : ce qui s’affiche avant que l’activité de chaque app soit lue.
export const readingFr: Record<keyof typeof readingEn, string> = {
  'reading.apps.one': 'Activité encore en cours de lecture pour {count} app : ses constats peuvent changer.',
  'reading.apps.other': 'Activité encore en cours de lecture pour {count} apps : leurs constats peuvent changer.',
  'reading.stopped.one':
    'Scan arrêté avant la lecture de l’activité de {count} app : ses constats peuvent changer au prochain scan.',
  'reading.stopped.other':
    'Scan arrêté avant la lecture de l’activité de {count} apps : leurs constats peuvent changer au prochain scan.',
  'reading.provisional': 'provisoire',
  'reading.app': 'activité en cours de lecture',
};
