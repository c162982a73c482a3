import type { remindersEn } from './reminders-en';

// Chaînes françaises des rappels (#18, point 7) : décisions bientôt échues, nouveaux constats urgents.
export const remindersFr: Record<keyof typeof remindersEn, string> = {
  'reminders.expiring': '{count} décision(s) expire(nt) d’ici 14 jours',
  'reminders.expiringFilter': 'Décisions qui expirent d’ici 14 jours',
};
