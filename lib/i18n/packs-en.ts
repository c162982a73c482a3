// English strings of the check of frozen packs rendered by another version (issue #18, item 1).
export const packsEn = {
  'refusal.frozen.digest':
    'The completed review {id} was altered: its {pack} export is not the bytes frozen at its completion (their SHA-256 differs).',
} as const;
