import type { trendEn } from './trend-en';

// Chaînes françaises de la tendance de l’historique (#18, point 7).
export const trendFr: Record<keyof typeof trendEn, string> = {
  'trend.title': 'Tendance des revues terminées',
  'trend.summary.one': '{count} revue terminée : score de {from}/100 à la première, {to}/100 à la dernière.',
  'trend.summary.other': '{count} revues terminées : score de {from}/100 à la première, {to}/100 à la dernière.',
  'trend.scoreChart':
    'Score sur 100 par revue terminée, la plus ancienne d’abord (le tableau ci-dessous donne les chiffres)',
  'trend.openChart':
    'Constats ouverts par priorité par revue terminée, la plus ancienne d’abord (le tableau ci-dessous donne les chiffres)',
  'trend.table': 'Score et constats ouverts par priorité, la revue la plus ancienne d’abord',
  'trend.date': 'Terminée le',
  'trend.score': 'Score',
  'trend.account': 'Revues terminées par {account} seulement : {others} d’autres comptes ne sont pas sur cette ligne.',
};
