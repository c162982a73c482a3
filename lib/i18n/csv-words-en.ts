// English words of the CSV export's word columns (lib/export/csv-words.ts).
export const csvWordsEn = {
  'csv.state.gone': 'no longer found',
} as const;
