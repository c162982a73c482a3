// English strings for the review page's first screen, shown while the rest of a long review arrives (lib/review/review-head.ts).
export const reviewLoadingEn = {
  'review.loadingMore.one': 'Showing the first {shown} findings; loading {count} more…',
  'review.loadingMore.other': 'Showing the first {shown} findings; loading {count} more…',
  'review.loadFailed': 'Showing the first {shown} findings; the rest could not be loaded.',
} as const;
