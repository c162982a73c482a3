// English strings of the reminders (issue #18, item 7): decisions about to expire, new urgent findings.
export const remindersEn = {
  'reminders.expiring': '{count} decision(s) expire within 14 days',
  'reminders.expiringFilter': 'Decisions expiring within 14 days',
} as const;
