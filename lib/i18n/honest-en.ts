// English strings of the honesty fixes of issue #18's hostile review: stale plans, partial scans,
// completed undos, the badge's expiring mark, fallback keeps in words.
export const honestEn = {
  'plan.refused.changed':
    'The decisions or the scan changed since this plan was previewed: preview it again before confirming.',
  'csv.decision.fallback': 'Keep (fallback)',
  'csv.justification.fallback': 'kept by fallback, no reason given',
} as const;
