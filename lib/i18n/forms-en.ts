// English strings of the settings and forms (#19 item 8): the connected line, policy name
// fields, date presets and labelled times.
export const formsEn = {
  'forms.replaceToken': 'Replace token',
  'forms.keepToken': 'Keep the current token',
  'forms.production.names': 'Production apps by name (commas or spaces between names)',
  'forms.sensitive.names': 'Sensitive apps by name (commas or spaces between names)',
  'forms.patterns.advanced': 'Advanced: as regular expressions ({count})',
  'forms.pattern.invalid': 'Not a valid regular expression: “{pattern}” ({reason}). Nothing was saved.',
  'forms.date.presets': 'In how long',
  'forms.days': '{days} days',
} as const;
