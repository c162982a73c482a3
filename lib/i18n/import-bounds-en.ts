// English strings of the bounds on imported reviews (lib/transfer/entry-bounds.ts, import-room.ts).
export const importBoundsEn = {
  'refusal.review.longId': 'a completed review has an id longer than {max} characters (or an empty one)',
  'refusal.review.longText': 'the review {id} has a text longer than {max} characters at {path}',
  'refusal.historyFull.imported':
    'This browser keeps at most {max} imported reviews and would hold {count}: this file is not imported, and nothing was deleted. Reviews completed here are not counted.',
  'history.imported': 'Imported',
  'history.importedTitle': 'Taken from a file (another browser’s), not completed in this browser',
} as const;
