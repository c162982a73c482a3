import type { remindersEn } from './reminders-en';

// Chaînes françaises des rappels (#18, point 7) : décisions bientôt échues, nouveaux constats urgents.
export const remindersFr: Record<keyof typeof remindersEn, string> = {
  'reminders.expiring.one': '{count} décision expire d’ici 14 jours',
  'reminders.expiring.other': '{count} décisions expirent d’ici 14 jours',
  'reminders.expiringFilter': 'Décisions qui expirent d’ici 14 jours',
  'notify.title': 'Nouveaux constats d’accès urgents',
  'notify.message.one':
    'Le scan programmé a trouvé {count} nouveau constat : {p1} P1, {p2} P2. Cliquez pour ouvrir la revue.',
  'notify.message.other':
    'Le scan programmé a trouvé {count} nouveaux constats : {p1} P1, {p2} P2. Cliquez pour ouvrir la revue.',
  'notify.setting': 'M’avertir quand un scan programmé trouve un nouveau P1 ou P2',
  'notify.settingHelp': 'Les scans manuels n’avertissent jamais.',
  'notify.heading': 'Notifications',
  'notify.only.one': '{count} constat d’une notification affiché',
  'notify.only.other': '{count} constats d’une notification affichés',
  'notify.showAll': 'Tout afficher',
};
