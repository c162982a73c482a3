// English strings of the export and import of history, policy and decisions (issue #18, item 7).
export const transferEn = {
  'transfer.title': 'Move to another browser',
  'transfer.intro':
    'One file holds the completed reviews, the policy and the decisions (with accepted risks and keeps).',
  'transfer.exportAll': 'Export history, policy and decisions',
  'transfer.exportPolicy': 'Export the policy (the command line’s --policy file)',
  'transfer.file': 'File to import',
  'transfer.preview':
    'Completed reviews to add: {added}; already here: {known}. Newer in the file: decisions: {decisions}; accepted risks or keeps: {acceptances}.',
  'transfer.conflicts.one': '{count} completed review here has the same id with other content: it stays as it is here.',
  'transfer.conflicts.other':
    '{count} completed reviews here have the same id with other content: they stay as they are here.',
  'transfer.replacePolicy': 'Replace my policy with the file’s',
  'transfer.samePolicy': 'The file’s policy is the same as yours.',
  'transfer.import': 'Import',
  'transfer.done':
    'Imported: completed reviews: {added}; decisions: {decisions}; accepted risks or keeps: {acceptances}.',
  'transfer.policyReplaced': 'Your policy was replaced by the file’s.',
} as const;
