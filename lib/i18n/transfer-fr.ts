import type { transferEn } from './transfer-en';

// Chaînes françaises de l’export et de l’import de l’historique, de la politique et des décisions (#18, point 7).
export const transferFr: Record<keyof typeof transferEn, string> = {
  'transfer.title': 'Passer à un autre navigateur',
  'transfer.intro':
    'Un fichier contient les revues terminées, la politique et les décisions (avec les risques acceptés et les conservations).',
  'transfer.exportAll': 'Exporter historique, politique et décisions',
  'transfer.exportPolicy': 'Exporter la politique (le fichier --policy de la ligne de commande)',
  'transfer.file': 'Fichier à importer',
  'transfer.preview':
    'Revues terminées à ajouter : {added} ; déjà ici : {known}. Plus récents dans le fichier : décisions : {decisions} ; risques acceptés ou conservations : {acceptances}.',
  'transfer.conflicts.one':
    '{count} revue terminée ici a le même identifiant avec un autre contenu : elle reste telle quelle ici.',
  'transfer.conflicts.other':
    '{count} revues terminées ici ont le même identifiant avec un autre contenu : elles restent telles quelles ici.',
  'transfer.replacePolicy': 'Remplacer ma politique par celle du fichier',
  'transfer.samePolicy': 'La politique du fichier est la même que la vôtre.',
  'transfer.import': 'Importer',
  'transfer.done':
    'Importé : revues terminées : {added} ; décisions : {decisions} ; risques acceptés ou conservations : {acceptances}.',
  'transfer.policyReplaced': 'Votre politique a été remplacée par celle du fichier.',
};
