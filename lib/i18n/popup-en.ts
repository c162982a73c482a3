// English strings of the popup at a glance: honest scan progress, the score explained, the
// counters and the top findings that open the review filtered on them.
export const popupEn = {
  'popup.phaseOnly': '{phase}…',
  'popup.saving': 'Saving what was read…',
};
