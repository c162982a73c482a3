import type { pagesEn } from './pages-en';

// Chaînes françaises du mode « pages seules » (une revue depuis les pages du dashboard, sans jeton).
export const pagesFr: Record<keyof typeof pagesEn, string> = {
  'pages.label': 'Pages seules : d’après les pages visitées, sans jeton',
  'pages.overlay.banner': 'Pages seules (sans jeton) :',
  'pages.popup.intro':
    'Cette revue vient des pages de collaborateurs ouvertes dans le dashboard, pas de l’API de Scalingo : la 2FA et les invitations seulement là où une page les montre.',
  'pages.popup.visit': 'Ouvrez la page des collaborateurs du compte : elle couvre toutes les apps en une visite.',
  'pages.popup.visitLink': 'Ouvrir dashboard.scalingo.com/collaborators',
  'pages.popup.empty': 'Aucune page de collaborateurs lue pour l’instant.',
  'pages.popup.read': 'Lues : {apps}',
  'pages.popup.readApp': '{app} ({when})',
  'pages.popup.token':
    'Connectez un jeton pour voir qui a utilisé son accès complet, qui n’a rien fait, et votre propre 2FA.',
  'pages.onboarding.pagesTitle': 'Essayer sans jeton',
  'pages.onboarding.pagesWhat':
    'Ouvrez vos pages de collaborateurs dans le dashboard : l’extension lit ce qu’elles montrent et conseille sur les accès complets externes, le trop grand nombre de collaborateurs complets, et la 2FA ou les invitations là où la page les montre.',
  'pages.onboarding.pagesCannot':
    'Elle ne peut pas dire qui a utilisé son accès, ni rien changer, ni voir les apps non ouvertes. Rien n’est envoyé à Scalingo.',
  'pages.onboarding.pagesStart': 'Essayer sans jeton',
  'pages.onboarding.tokenTitle': 'Connecter un jeton',
  'pages.onboarding.tokenWhat':
    'Pour des conseils fondés sur l’activité (qui a utilisé son accès complet, qui n’a rien fait) et des changements que vous confirmez, sur toutes les apps à la fois.',
  'pages.options.label': 'Mode pages seules : sans jeton, revue d’après les pages de collaborateurs que j’ouvre',
  'pages.options.help':
    'Rien ne part vers Scalingo ; seules les pages ouvertes sont lues, et une page peut fausser les conseils sur les apps qu’elle montre. Le désactiver oublie ce que les pages ont montré.',
  'pages.export.source':
    'Source : les pages du dashboard visitées (mode pages seules, sans jeton) ; apps lues : {apps}',
};
