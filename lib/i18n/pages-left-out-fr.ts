import type { pagesLeftOutEn } from './pages-left-out-en';

// Textes français des apps qu'une page montrait sans que le mode pages seules puisse les lire en entier.
export const pagesLeftOutFr: Record<keyof typeof pagesLeftOutEn, string> = {
  'pages.leftOut.one':
    '1 app d’une page que vous avez ouverte n’a pas été lue en entier : la page montre plus de {max} lignes, ou des lignes illisibles. Ouvrez sa propre page des collaborateurs : {apps}.',
  'pages.leftOut.many':
    '{count} apps d’une page que vous avez ouverte n’ont pas été lues en entier : la page montre plus de {max} lignes, ou des lignes illisibles. Ouvrez leurs propres pages des collaborateurs : {apps}.',
} as const;
