import type { packsEn } from './packs-en';

// Chaînes françaises du contrôle des exports figés rendus par une autre version (#18, point 1).
export const packsFr: Record<keyof typeof packsEn, string> = {
  'refusal.frozen.digest':
    'La revue terminée {id} a été modifiée\u202f: son export {pack} n’est pas celui figé à sa fin (leurs SHA-256 diffèrent).',
};
