import type { remindersEn } from './reminders-en';

// Chaînes françaises des rappels (#18, point 7) : décisions bientôt échues, nouveaux constats urgents.
export const remindersFr: Record<keyof typeof remindersEn, string> = {
  'reminders.expiring.one': '{count} décision expire d’ici 14 jours',
  'reminders.expiring.other': '{count} décisions expirent d’ici 14 jours',
  'reminders.expiringFilter': 'Décisions qui expirent d’ici 14 jours',
  'notify.title': 'Nouveaux constats d’accès urgents',
  'notify.message':
    'Le scan programmé a trouvé {count} nouveau(x) constat(s) : {p1} P1, {p2} P2. Cliquez pour ouvrir la revue.',
  'notify.setting': 'M’avertir quand un scan programmé trouve un nouveau P1 ou P2',
  'notify.settingHelp': 'Les scans manuels n’avertissent jamais.',
  'notify.heading': 'Notifications',
  'notify.only': '{count} constat(s) d’une notification affiché(s)',
  'notify.showAll': 'Tout afficher',
};
