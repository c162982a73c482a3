import type { readingMoreEn } from './reading-more-en';

// Chaînes françaises des publications d’un scan au-delà de reading-fr.ts (espace insécable avant les deux-points).
export const readingMoreFr: Record<keyof typeof readingMoreEn, string> = {
  'reading.appStopped': 'scan arrêté avant la lecture de son activité',
  'reading.provisionalNote': 'provisoire : activité en cours de lecture',
};
