// English strings about a scan still reading: what is shown before every app's activity is in.
export const readingEn = {
  'reading.apps': 'Activity still being read for {count} app(s): findings about them may change.',
  'reading.stopped':
    'Scan stopped before the activity of {count} app(s) was read: findings about them may change at the next scan.',
  'reading.provisional': 'provisional',
  'reading.app': 'activity still being read',
};
