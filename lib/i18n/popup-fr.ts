import type { popupEn } from './popup-en';

// Chaînes françaises de la fenêtre en un coup d’œil (voir popup-en.ts).
export const popupFr: Record<keyof typeof popupEn, string> = {
  'popup.phaseOnly': '{phase}…',
  'popup.saving': 'Enregistrement de ce qui a été lu…',
  'popup.counter': '{priority} : {count}',
  'popup.counter.open': 'Ouvrir la revue sur les constats {priority}',
  'popup.score.how': 'Comment le score est-il calculé ?',
  'popup.score.explain':
    'Chaque accès (une personne sur une app, propriétaires compris) compte selon son constat ouvert le plus urgent : aucun {none}, P4 {P4}, P3 {P3}, P2 {P2}, P1 {P1}. Un constat sur tout le compte, ou sur une personne à travers plusieurs apps, compte comme un accès de plus. Le score est leur moyenne, sur 100 ; les risques acceptés et les constats conservés tels quels avec une raison comptent comme aucun constat. Tant que votre propre compte n’a pas la 2FA, le score est d’au plus {cap}.',
  'popup.top.priority': 'Priorité',
  'popup.top.person': 'Personne',
  'popup.top.finding': 'Constat',
  'popup.top.where': 'App',
  'popup.top.account': 'tout le compte',
  'popup.top.onApps': 'sur {count} apps',
};
