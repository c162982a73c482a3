import type { overlayBannerEn } from './overlay-banner-en';

// Chaînes françaises du bandeau de la page de tous les collaborateurs (mêmes clés) : une espace
// insécable avant chaque deux-points.
export const overlayBannerFr: Record<keyof typeof overlayBannerEn, string> = {
  'overlay.people.findings.one': 'Access Review\u00a0: {count} constat ouvert sur cette page\u00a0: {detail}',
  'overlay.people.findings.other': 'Access Review\u00a0: {count} constats ouverts sur cette page\u00a0: {detail}',
  'overlay.people.none': 'Aucun constat ouvert sur cette page.',
  'overlay.people.appFinding': '{priority} {title}',
  'overlay.people.moreAppFindings': '{count} de plus sur ces apps dans la revue',
  'overlay.people.degraded.one': 'Access Review\u00a0: {count} constat ouvert sur votre compte',
  'overlay.people.degraded.other': 'Access Review\u00a0: {count} constats ouverts sur votre compte',
};
