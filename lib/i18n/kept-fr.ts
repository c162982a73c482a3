import type { keptEn } from './kept-en';

// Chaînes françaises des décisions qui durent : un « conserver » revu jusqu’à la fin de la période (#18).
export const keptFr: Record<keyof typeof keptEn, string> = {
  'review.keptUntil': 'Conservé tel quel, revu jusqu’au {date} par {by} : {why}',
  'review.keptExpired': 'Conservé tel quel jusqu’au {date} : la période de revue est finie, à décider de nouveau.',
  'popup.kept.one': '{count} conservé tel quel (revu)',
  'popup.kept.other': '{count} conservés tels quels (revus)',
  'overlay.kept': 'conservé tel quel, revu jusqu’au {date}',
  'overlay.banner.kept.one': '{count} conservé tel quel',
  'overlay.banner.kept.other': '{count} conservés tels quels',
  'options.policy.reviewPeriod': 'Période de revue (jours) : un « conserver » compte comme revu pendant cette durée',
};
