// English strings about a scan still reading: what is shown before every app's activity is in.
export const readingEn = {
  'reading.apps.one': 'Activity still being read for 1 app: findings about it may change.',
  'reading.apps.other': 'Activity still being read for {count} apps: findings about them may change.',
  'reading.stopped.one':
    'Scan stopped before the activity of 1 app was read: findings about it may change at the next scan.',
  'reading.stopped.other':
    'Scan stopped before the activity of {count} apps was read: findings about them may change at the next scan.',
  'reading.provisional': 'provisional',
  'reading.app': 'activity still being read',
};
