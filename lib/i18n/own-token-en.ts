// The token this extension uses, in the token findings (lib/rules/api-token-*.ts) and the control
// that marks it on the review page (components/review/ExtensionTokenMark.tsx).
export const ownTokenEn = {
  'rule.api-token-unused.titleExtension':
    'API token “{name}”, the one this extension uses, looks unused: deleting it disconnects the extension',
  'rule.api-token-old.titleExtension':
    'API token “{name}”, the one this extension uses, is {days} days old: renew it, then paste the new one in the settings',
  'evidence.token.extension':
    'This is the token this extension uses (the only one exchanged in the last hour, as the extension does before it scans).',
  'evidence.token.extensionMarked': 'This is the token this extension uses (you marked it).',
  'evidence.token.extensionCaution':
    'Deleting it signs the extension out; after renewing it, paste the new token in the extension’s settings.',
  'evidence.token.lastUse': 'Last used on {date} ({days} days ago).',
  'evidence.token.lastUseNever': 'Never used.',
  'review.token.markExtension': 'This is the token this extension uses',
  'review.token.unmarkExtension': 'Not the token this extension uses',
  'review.token.markFailed': 'The mark could not be saved: {message}',
} as const;
