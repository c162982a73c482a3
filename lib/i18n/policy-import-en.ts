// English strings of the policy file's export and import in the settings (issue #18, item 7).
export const policyImportEn = {
  'policyImport.title': 'Policy file',
  'policyImport.intro':
    'The same file as the command line’s --policy: export this policy, or import one written by the command line’s users or by hand. Fields the file leaves out take their default, as the command line does.',
  'policyImport.export': 'Export the policy',
  'policyImport.file': 'Policy file to import',
  'policyImport.preview.one': 'Importing this file changes {count} field of your policy:',
  'policyImport.preview.other': 'Importing this file changes {count} fields of your policy:',
  'policyImport.change': '{field}: {from} → {to}',
  'policyImport.same': 'This file’s policy is the same as yours: nothing to change.',
  'policyImport.confirm': 'Replace my policy',
  'policyImport.cancel': 'Cancel',
  'policyImport.done': 'Your policy was replaced by the file’s.',
  'policyImport.refused': 'This policy file is refused, nothing was changed: {problem}',
  'policyImport.isTransfer':
    'this is a whole export (history, policy and decisions): import it on the history page, or export the policy alone',
} as const;
