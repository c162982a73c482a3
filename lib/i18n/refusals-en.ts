// English strings of the refusals added by the hostile review of issue #18: packs that are not
// what their review renders, keeps that outlast their period, zod's issues and JSON errors in
// words of ours, and completion refusals (lib/review/refusal.ts renders them).
export const refusalsEn = {
  'refusal.frozen.mdRendered':
    'The completed review {id} was altered: its Markdown export is not the one its review renders.',
  'refusal.frozen.csvRendered':
    'The completed review {id} was altered: its CSV export is not the one its review renders.',
  'refusal.unit.expires': '{what}: its acceptance ends {value}, not {expected} as its decision implies',
  'refusal.issue.max': 'at most {max}',
  'refusal.issue.maxItems': 'at most {max} items or characters',
  'refusal.issue.min': 'at least {min}',
  'refusal.issue.minItems': 'at least {min} items or characters',
  'refusal.issue.type.string': 'expected text',
  'refusal.issue.type.number': 'expected a number',
  'refusal.issue.type.boolean': 'expected true or false',
  'refusal.issue.type.array': 'expected a list',
  'refusal.issue.type.object': 'expected an object',
  'refusal.issue.type.null': 'expected null',
  'refusal.issue.oneOf': 'expected one of {values}',
  'refusal.issue.format': 'not a valid {format}',
  'refusal.issue.unknownKeys.one': 'unknown field: {keys}',
  'refusal.issue.unknownKeys.other': '{count} unknown fields: {keys}',
  'refusal.issue.invalid': 'not a valid value',
  'refusal.notJsonFile': 'This file is not JSON.',
  'refusal.damagedAt': 'This file is damaged at {path}: {issue}.',
  'refusal.damagedAtRoot': 'This file is damaged at its root: {issue}.',
  'refusal.policy.unreadable': 'cannot read the policy {where}',
  'refusal.policy.notJson': 'the policy {where} is not JSON',
  'refusal.complete.noScan': 'There is no scan yet: nothing to complete.',
  'refusal.complete.partial':
    'The scan has not read every app (apps not read yet: {count}): let it finish, or rescan, before completing the review.',
  'refusal.pageOnly': 'Page-only mode: connect a token to record decisions, accept risks or complete a review.',
  'refusal.history.notFound': 'This review is not in the history.',
  'refusal.storeHeld':
    'A stored write did not finish within {seconds} s: it was given up so that the others go on. Try again.',
  'change.reason.unreadFirst': 'Nothing sent: could not read the collaborators first: {error}',
  'change.reason.lostNotApplied': '{error} Not applied: {problem}',
  'change.reason.lostApplied': '{error} The read-back shows the change applied.',
  'change.reason.lostUnread': '{error} Could not read the collaborators back either: {again}',
  'change.reason.unreadAfter': 'Could not read the collaborators back: {error}',
  'change.reason.stillListed': 'Still listed after the removal.',
  'change.reason.inviteMissing': 'The invitation does not show in the collaborators list.',
  'change.reason.gone': 'The collaborator is no longer listed.',
  'change.reason.role': 'Scalingo still shows the role as {role}.',
  'change.reason.stale':
    'Not sent: Scalingo now shows {found}, the plan expected {expected}. Scan again and plan anew.',
  'change.reason.staleUndo': 'Not sent: Scalingo now shows {found}, no longer what the change left ({expected}).',
} as const;
