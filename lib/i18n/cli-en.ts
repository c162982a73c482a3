// English strings of the command line's table (lib/cli/table.ts).
export const cliEn = {
  'cli.heading': 'Scalingo access review of {email}, scanned {date} UTC',
  'cli.summary': 'Score {score}/100 · open findings: {counts} · accepted: {accepted}',
  'cli.columns': 'PRI|STATE|APP|PERSON|FINDING → ACTION',
  'cli.state.open': 'open',
  'cli.state.accepted': 'accepted',
  'cli.account': '(account)',
  'cli.nothing': 'Nothing to review.',
  'cli.incomplete.one': 'Incomplete: {count} part of the account could not be read:',
  'cli.incomplete.other': 'Incomplete: {count} parts of the account could not be read:',
  'cli.roleLimited.one': 'Not readable with your role ({count} app): ask its owner for a review of it',
  'cli.roleLimited.other': 'Not readable with your role ({count} apps): ask their owner for a review of them',
  'cli.state.kept': 'kept',
  // Progress on stderr (lib/cli/progress.ts): the phase, then each app as its reads end.
  'cli.progress.phase': 'scanning: {phase}…',
  'cli.progress.app': 'scanning: {phase} · {app} ({done}/{of} apps)',
  'cli.progress.bar': '{phase} {done}/{total} requests',
  'cli.phase.account': 'account',
  'cli.phase.apps': 'apps',
  'cli.phase.events': 'events',
} as const;
