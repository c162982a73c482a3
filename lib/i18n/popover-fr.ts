import type { popoverEn } from './popover-en';

// Chaînes françaises du panneau et de l’aide à l’invitation du tableau de bord (mêmes clés).
export const popoverFr: Record<keyof typeof popoverEn, string> = {
  'invite.useRole': 'Utiliser le rôle suggéré',
  'invite.useRole.done': 'Choisi dans le formulaire : vérifiez-le et envoyez l’invitation vous-même.',
};
