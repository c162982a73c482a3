// English strings of the export and import of history, policy and decisions (issue #18, item 7).
export const transferEn = {
  'transfer.title': 'Move to another browser',
  'transfer.intro':
    'One file holds the completed reviews, the policy and the decisions (with accepted risks and keeps).',
  'transfer.exportAll': 'Export history, policy and decisions',
  'transfer.exportPolicy': 'Export the policy (the command line’s --policy file)',
  'transfer.file': 'File to import',
  'transfer.preview':
    '{added} completed review(s) to add, {known} already here; {decisions} decision(s) and {acceptances} accepted risk(s) or keep(s) newer in the file.',
  'transfer.conflicts':
    '{count} completed review(s) here have the same id with other content: they stay as they are here.',
  'transfer.replacePolicy': 'Replace my policy with the file’s',
  'transfer.samePolicy': 'The file’s policy is the same as yours.',
  'transfer.import': 'Import',
  'transfer.done':
    'Imported: {added} completed review(s), {decisions} decision(s), {acceptances} accepted risk(s) or keep(s).',
  'transfer.policyReplaced': 'Your policy was replaced by the file’s.',
} as const;
