import type { reviewLoadingEn } from './review-loading-en';

// Textes français du premier écran de la revue, montré pendant que le reste d’une longue revue arrive.
export const reviewLoadingFr: Record<keyof typeof reviewLoadingEn, string> = {
  'review.loadingMore.one': 'Les {shown} premiers constats affichés ; encore {count} en chargement…',
  'review.loadingMore.other': 'Les {shown} premiers constats affichés ; encore {count} en chargement…',
  'review.loadFailed': 'Les {shown} premiers constats affichés ; le reste n’a pas pu être chargé.',
} as const;
