// English accessible names that tell one landmark from the next (issue #19, item 10).
export const a11yEn = {
  'review.decisionOf': 'Decision: {title}',
  'glance.selection.title': 'Decide the selected findings',
} as const;
