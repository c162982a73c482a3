import type { policyImportEn } from './policy-import-en';

// Chaînes françaises de l’export et de l’import du fichier de politique dans les réglages (#18, point 7).
export const policyImportFr: Record<keyof typeof policyImportEn, string> = {
  'policyImport.title': 'Fichier de politique',
  'policyImport.intro':
    'Le même fichier que le --policy de la ligne de commande : exportez cette politique, ou importez-en une écrite par les utilisateurs de la ligne de commande ou à la main. Les champs que le fichier omet prennent leur valeur par défaut, comme dans la ligne de commande.',
  'policyImport.export': 'Exporter la politique',
  'policyImport.file': 'Fichier de politique à importer',
  'policyImport.preview.one': 'Importer ce fichier change {count} champ de votre politique :',
  'policyImport.preview.other': 'Importer ce fichier change {count} champs de votre politique :',
  'policyImport.change': '{field} : {from} → {to}',
  'policyImport.same': 'La politique de ce fichier est la même que la vôtre : rien à changer.',
  'policyImport.confirm': 'Remplacer ma politique',
  'policyImport.cancel': 'Annuler',
  'policyImport.done': 'Votre politique a été remplacée par celle du fichier.',
  'policyImport.refused': 'Ce fichier de politique est refusé, rien n’a été changé : {problem}',
  'policyImport.isTransfer':
    'c’est un export complet (historique, politique et décisions) : importez-le depuis la page de l’historique, ou exportez la politique seule',
};
