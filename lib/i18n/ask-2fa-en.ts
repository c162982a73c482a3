// English strings of "ask for 2FA" (issue #18, item 7): the message itself, and its controls.
export const ask2faEn = {
  'ask2fa.subject': 'Please turn on two-factor authentication on Scalingo',
  'ask2fa.body':
    'Hello {name},\n\nYou have access to the Scalingo app {app}, and your Scalingo account does not have two-factor authentication (2FA) turned on. A stolen password would be enough to reach the app.\n\nCould you turn it on in your Scalingo account settings (Security, two-factor authentication) this week? It takes two minutes with an authenticator app.\n\nThis is part of our access review. Thank you!',
  'ask2fa.heading': 'Ask for 2FA',
  'ask2fa.language': 'Language of the message',
  'ask2fa.message': 'Message to send',
  'ask2fa.copy': 'Copy the message',
  'ask2fa.copied': 'Copied.',
  'ask2fa.copyFailed': 'Could not copy: select the text and copy it.',
  'ask2fa.mail': 'Write the e-mail',
  'ask2fa.noMail': 'No e-mail link: this address does not look like one.',
} as const;
