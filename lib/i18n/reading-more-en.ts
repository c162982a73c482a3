// English strings of a scan's publications beyond reading-en.ts: a stopped scan on one app's
// banner, and a provisional finding's note as one sentence (no colon glued between two strings).
export const readingMoreEn = {
  'reading.appStopped': 'scan stopped before its activity was read',
  'reading.provisionalNote': 'provisional: activity still being read',
};
