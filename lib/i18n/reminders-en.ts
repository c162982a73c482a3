// English strings of the reminders (issue #18, item 7): decisions about to expire, new urgent findings.
export const remindersEn = {
  'reminders.expiring.one': '1 decision expires within 14 days',
  'reminders.expiring.other': '{count} decisions expire within 14 days',
  'reminders.expiringFilter': 'Decisions expiring within 14 days',
  'notify.title': 'New urgent access findings',
  'notify.message.one': 'The scheduled scan found {count} new finding: {p1} P1, {p2} P2. Click to open the review.',
  'notify.message.other': 'The scheduled scan found {count} new findings: {p1} P1, {p2} P2. Click to open the review.',
  'notify.setting': 'Notify me when a scheduled scan finds a new P1 or P2',
  'notify.settingHelp': 'Manual scans never notify.',
  'notify.heading': 'Notifications',
  'notify.only.one': 'Showing {count} finding from a notification',
  'notify.only.other': 'Showing {count} findings from a notification',
  'notify.showAll': 'Show all',
} as const;
