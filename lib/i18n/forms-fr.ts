import type { formsEn } from './forms-en';

// Chaînes françaises des réglages et formulaires (#19, point 8).
export const formsFr: Record<keyof typeof formsEn, string> = {
  'forms.replaceToken': 'Remplacer le jeton',
  'forms.keepToken': 'Garder le jeton actuel',
  'forms.production.names': 'Applications de production, par nom (virgules ou espaces entre les noms)',
  'forms.sensitive.names': 'Applications sensibles, par nom (virgules ou espaces entre les noms)',
  'forms.patterns.advanced': 'Avancé : en expressions régulières ({count})',
  'forms.pattern.invalid': 'Expression régulière non valide : « {pattern} » ({reason}). Rien n’a été enregistré.',
  'forms.date.presets': 'Dans combien de temps',
  'forms.days': '{days} jours',
};
