// English strings of the popup at a glance: honest scan progress, the score explained, the
// counters and the top findings that open the review filtered on them.
export const popupEn = {
  'popup.phaseOnly': '{phase}…',
  'popup.saving': 'Saving what was read…',
  'popup.counter': '{priority}: {count}',
  'popup.counter.open': 'Open the review on the {priority} findings',
  'popup.score.how': 'How is the score computed?',
  'popup.score.explain':
    'Each access (a person on an app, owners included) counts by its most urgent open finding: none {none}, P4 {P4}, P3 {P3}, P2 {P2}, P1 {P1}. A finding about the whole account, or about a person across apps, counts as one access more. The score is their average, out of 100; accepted risks and reasoned keeps count as no finding. While your own account has no 2FA, the score is at most {cap}.',
  'popup.top.priority': 'Priority',
  'popup.top.person': 'Person',
  'popup.top.finding': 'Finding',
  'popup.top.where': 'App',
  'popup.top.account': 'whole account',
  'popup.top.onApps': 'on {count} apps',
};
