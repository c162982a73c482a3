import type { storedEn } from './stored-en';

// Chaînes françaises sur ce que l’extension garde : « tout oublier » et notes de mise à jour.
export const storedFr: Record<keyof typeof storedEn, string> = {
  'forget.title': 'Tout oublier',
  'forget.help':
    'Efface tout ce que l’extension garde dans ce navigateur : le jeton et sa clé, le dernier scan, les événements lus, les décisions, les risques acceptés, les changements appliqués, les revues terminées, la politique et ces réglages. Rien n’est modifié sur Scalingo.',
  'forget.ask': 'Tout oublier…',
  'forget.confirm':
    'Tout ce qui est gardé sera effacé, revues terminées comprises, sans retour possible. Tout oublier ?',
  'forget.yes': 'Oui, tout oublier',
  'forget.cancel': 'Annuler',
  'forget.done': 'Tout a été oublié : l’extension est comme tout juste installée.',
  'forget.failed': 'Impossible de tout oublier : {message}',
  'notice.authUrlDropped':
    'Après cette mise à jour, l’adresse du service d’authentification est revenue à celle de Scalingo (https://auth.scalingo.com) : celle gardée avant désignait un autre hôte, qu’une page web aurait pu y mettre.',
  'notice.undoDropped':
    'Après cette mise à jour, « Annuler » n’est plus proposé pour certains changements faits avant elle : rien de ce que l’extension tient pour sûr ne les prouve (une page web aurait pu les y mettre). Les changements restent listés.',
  'notice.switchesReset':
    'Après cette mise à jour, les changements de rôle depuis la page de revue et « se souvenir sur cet appareil » sont désactivés : une page web aurait pu les activer avant elle. Réactivez-les ci-dessous si vous le souhaitez.',
  'notice.reviewImported':
    'Cette mise à jour a gardé d’avant elle des risques acceptés ({acceptances}), des décisions ({decisions}) et votre politique ; une page web aurait pu les écrire. Vérifiez-les (et les domaines de confiance et comptes de service de la politique) avant de vous fier à cette revue.',
};
