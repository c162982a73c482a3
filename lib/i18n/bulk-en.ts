// English strings of the bulk decisions (components/review/BulkPanel.tsx) and their plural forms:
// a key ending in `.one` or `.other` is picked by `tCount` (lib/i18n/plural.ts).
export const bulkEn = {
  'bulk.help':
    'Each button decides every finding of its line not yet decided: a role change as suggested, the rest accepted until the date, for the reason below.',
  'bulk.why': 'Why (for the findings with nothing to change)',
  'bulk.whyFirst': 'Give a reason first: {count} of these findings have nothing to change and are accepted with it.',
  'bulk.byAction': 'By suggested action',
  'bulk.rule': '{rule}: {what} ({count})',
  'bulk.person': '{person}: {what} ({count}, {apps})',
  'bulk.action': 'To {action}: {what} ({count})',
  'bulk.what.change': 'apply the suggested change',
  'bulk.what.accept': 'accept until the date',
  'bulk.what.mixed': 'apply the suggested change, accept the rest until the date',
  'bulk.apps.one': 'on {count} app',
  'bulk.apps.other': 'on {count} apps',
  'bulk.apps.none': 'about the account',
  'bulk.showAll': 'Show all {count}',
  'bulk.showFewer': 'Show the first {count}',
  'bulk.none': 'Every open finding is decided.',
  'bulk.pending.one': '{count} decision → preview the plan',
  'bulk.pending.other': '{count} decisions → preview the plan',
} as const;
