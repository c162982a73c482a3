// English strings of the overlay's panel and invitation hint behaving like a popover (issue #19, item 9).
export const popoverEn = {
  'invite.useRole': 'Use the suggested role',
  'invite.useRole.done': 'Chosen in the form: check it and send the invitation yourself.',
} as const;
