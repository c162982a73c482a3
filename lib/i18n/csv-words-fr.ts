import type { csvWordsEn } from './csv-words-en';

// Mots français des colonnes en clair de l’export CSV (voir csv-words-en.ts).
export const csvWordsFr: Record<keyof typeof csvWordsEn, string> = {
  'csv.state.gone': 'plus trouvé',
};
