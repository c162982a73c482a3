import type { pagesTrustEn } from './pages-trust-en';

// Textes français des limites du mode pages seules (voir pages-trust-en.ts).
export const pagesTrustFr: Record<keyof typeof pagesTrustEn, string> = {
  'confidence.pageShows':
    'Lu sur une page du tableau de bord que vous avez ouverte, pas dans l’API de Scalingo : la page peut être périmée ou trompeuse.',
  'pages.onboarding.tokenCannot':
    'Il ne voit pas les lectures (consulter des logs, des variables d’environnement ou des bases ne laisse aucun événement), la 2FA d’un propriétaire sur les apps où vous n’êtes que collaborateur, ni les apps où votre compte n’est pas. Il porte tous les droits de votre compte : préférez un compte dédié.',
  'pages.export.inside': 'interne : {domain}',
} as const;
