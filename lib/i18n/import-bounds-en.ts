// English strings of the bounds on imported reviews (lib/transfer/entry-bounds.ts, import-room.ts).
export const importBoundsEn = {
  'refusal.review.longId': 'a completed review has an id longer than {max} characters (or an empty one)',
  'refusal.review.longText': 'the review {id} has a text longer than {max} characters at {path}',
} as const;
