// English strings of the history's trend (issue #18, item 7).
export const trendEn = {
  'trend.title': 'Score and open findings over time',
  'trend.summary.one': '1 completed review: score {from}/100 at the first, {to}/100 at the latest.',
  'trend.summary.other': '{count} completed reviews: score {from}/100 at the first, {to}/100 at the latest.',
  'trend.scoreChart': 'Score out of 100 per completed review, oldest first (the table below gives the figures)',
  'trend.openChart':
    'Open findings per priority per completed review, oldest first (the table below gives the figures)',
  'trend.table': 'Score and open findings per priority, oldest review first',
  'trend.date': 'Completed',
  'trend.score': 'Score',
  'trend.account': 'Reviews completed by {account} only: {others} by other accounts are left off this line.',
} as const;
