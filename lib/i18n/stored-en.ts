// English strings about what the extension stores: "forget everything" and upgrade notes.
export const storedEn = {
  'forget.title': 'Forget everything',
  'forget.help':
    'Removes everything this extension keeps in this browser: the token and its key, the last scan, event records, decisions, accepted risks, applied changes, completed reviews, the policy and these settings. Nothing is changed on Scalingo.',
  'forget.ask': 'Forget everything…',
  'forget.confirm':
    'Everything stored will be removed, completed reviews included, and cannot be brought back. Forget everything?',
  'forget.yes': 'Yes, forget everything',
  'forget.cancel': 'Cancel',
  'forget.done': 'Everything was forgotten: the extension is as if just installed.',
  'forget.failed': 'Could not forget everything: {message}',
  'notice.authUrlDropped':
    'After this update, the auth service URL went back to Scalingo’s own (https://auth.scalingo.com): the one stored before was another host, which a web page could have planted.',
  'notice.undoDropped':
    'After this update, Undo is no longer offered for some changes made before it: nothing the extension trusts proves them (a web page could have planted them). The changes stay listed.',
  'notice.switchesReset':
    'After this update, role changes from the review page and “remember on this device” are off: a web page could have turned them on before it. Turn them on again below if you want them.',
  'notice.reviewImported':
    'This update kept {acceptances} accepted risks and {decisions} decisions, and your policy, from before it; a web page could have written them. Review them (and the trusted domains and service accounts in the policy) before relying on this review.',
} as const;
