// English strings of the honesty fixes of issue #18's hostile review: stale plans, partial scans,
// completed undos, the badge's expiring mark, fallback keeps in words.
export const honestEn = {
  'plan.refused.changed':
    'The decisions or the scan changed since this plan was previewed: preview it again before confirming.',
} as const;
