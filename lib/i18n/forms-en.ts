// English strings of the settings and forms (#19 item 8): the connected line, policy name
// fields, date presets and labelled times.
export const formsEn = {
  'forms.replaceToken': 'Replace token',
  'forms.keepToken': 'Keep the current token',
} as const;
