import type { popupEn } from './popup-en';

// Chaînes françaises de la fenêtre en un coup d’œil (voir popup-en.ts).
export const popupFr: Record<keyof typeof popupEn, string> = {
  'popup.phaseOnly': '{phase}…',
  'popup.saving': 'Enregistrement de ce qui a été lu…',
};
