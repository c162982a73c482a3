// Chaînes françaises des bornes des revues importées (lib/transfer/entry-bounds.ts, import-room.ts).
export const importBoundsFr = {
  'refusal.review.longId': 'une revue terminée a un identifiant de plus de {max} caractères (ou vide)',
  'refusal.review.longText': 'la revue {id} a un texte de plus de {max} caractères à {path}',
  'refusal.historyFull.imported':
    'Ce navigateur garde au plus {max} revues importées et en aurait {count}\u00a0: ce fichier n’est pas importé, et rien n’a été supprimé. Les revues terminées ici ne sont pas comptées.',
  'history.imported': 'Importée',
  'history.importedTitle': 'Prise d’un fichier (d’un autre navigateur), pas terminée dans ce navigateur',
} as const;
