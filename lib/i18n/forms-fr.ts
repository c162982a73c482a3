import type { formsEn } from './forms-en';

// Chaînes françaises des réglages et formulaires (#19, point 8).
export const formsFr: Record<keyof typeof formsEn, string> = {
  'forms.replaceToken': 'Remplacer le jeton',
  'forms.keepToken': 'Garder le jeton actuel',
};
