// Chaînes françaises des bornes des revues importées (lib/transfer/entry-bounds.ts, import-room.ts).
export const importBoundsFr = {
  'refusal.review.longId': 'une revue terminée a un identifiant de plus de {max} caractères (ou vide)',
  'refusal.review.longText': 'la revue {id} a un texte de plus de {max} caractères à {path}',
} as const;
