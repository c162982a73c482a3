import type { refusalsEn } from './refusals-en';

// French strings of the refusals added by the hostile review of issue #18 (see refusals-en.ts).
export const refusalsFr: Record<keyof typeof refusalsEn, string> = {
  'refusal.frozen.mdRendered':
    'La revue terminée {id} a été modifiée\u00a0: son export Markdown n’est pas celui que rend sa revue.',
  'refusal.frozen.csvRendered':
    'La revue terminée {id} a été modifiée\u00a0: son export CSV n’est pas celui que rend sa revue.',
  'refusal.unit.expires':
    '{what}\u00a0: son acceptation finit le {value}, et non le {expected} comme le veut sa décision',
};
