import type { bulkEn } from './bulk-en';

// Chaînes françaises des décisions groupées (voir bulk-en.ts).
export const bulkFr: Record<keyof typeof bulkEn, string> = {
  'bulk.help':
    'Chaque bouton décide tous les constats de sa ligne pas encore décidés : un changement de rôle comme suggéré, le reste accepté jusqu’à la date, pour la raison ci-dessous.',
  'bulk.why': 'Pourquoi (pour les constats sans changement à faire)',
  'bulk.whyFirst':
    'Donnez d’abord une raison : {count} de ces constats n’ont rien à changer et sont acceptés avec elle.',
  'bulk.byAction': 'Par action suggérée',
  'bulk.rule': '{rule} : {what} ({count})',
  'bulk.person': '{person} : {what} ({count}, {apps})',
  'bulk.action': '{action} : {what} ({count})',
  'bulk.what.change': 'appliquer le changement suggéré',
  'bulk.what.accept': 'accepter jusqu’à la date',
  'bulk.what.mixed': 'appliquer le changement suggéré, accepter le reste jusqu’à la date',
  'bulk.apps.one': 'sur {count} app',
  'bulk.apps.other': 'sur {count} apps',
  'bulk.apps.none': 'sur le compte',
  'bulk.showAll': 'Tout afficher ({count})',
  'bulk.showFewer': 'N’afficher que les {count} premiers',
  'bulk.none': 'Tous les constats ouverts sont décidés.',
  'bulk.pending.one': '{count} décision → voir le plan',
  'bulk.pending.other': '{count} décisions → voir le plan',
};
