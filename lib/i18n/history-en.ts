// English strings of completing a review and of the history of completed reviews (#18).
export const historyEn = {
  'complete.title': 'Complete the review',
  'complete.undecided': '{count} finding(s) not decided:',
  'complete.more': '…and {count} more.',
  'complete.allDecided': 'Every open finding has a decision.',
  'complete.fallback': 'What to record for the findings not decided',
  'complete.fallback.open': 'Leave them open (they stay undecided; the default)',
  'complete.fallback.keep':
    'Keep them as is: recorded as “kept by fallback, no reason given”, never as a reviewed keep',
  'complete.now': 'Complete now',
  'complete.cancel': 'Cancel',
  'complete.done': 'Review completed and saved to the history ({date}).',
  'complete.open': 'Open it in the history',
  'history.link': 'Completed reviews (history)',
  'history.title': 'Completed reviews',
  'history.none': 'No completed review yet: complete one from the review page.',
  'history.when': 'Completed {date} by {who}',
  'history.score': 'Score {score}/100',
  'history.open': 'Open: {counts}',
  'history.accepted': '{count} accepted or kept',
  'history.findings': '{count} finding(s)',
  'history.decided': '{count} decided',
  'history.fallback': '{count} kept by fallback',
  'history.changes': '{count} change(s)',
  'history.sha256': 'SHA-256 of the review’s canonical JSON:',
  'history.noSha': 'Completed by an older version: exported as this version renders it.',
  'history.sha256.help':
    'Each export carries this hash. Recompute it from the JSON export (without “format” and “sha256”, keys sorted, no spaces) to tell an altered pack.',
  'review.draftNote':
    'Exports here are drafts of the review in progress; completed reviews are exported from the history.',
} as const;
