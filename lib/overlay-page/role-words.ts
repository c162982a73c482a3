// The dashboard's role words, in English and French. A word counts only standing alone: a
// username such as "max-limited", "lea.owner" or "bob_pending" is one token and names nothing,
// so letters, digits and the characters usernames join words with do not border a word.

export type ShownRole = 'limited' | 'owner' | 'collaborator';

/** `alternatives` (a regex source) as a whole word, case-insensitive. */
export function wholeWord(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_.-])(${alternatives})(?![\\p{L}\\p{N}_-])`, 'iu');
}

const ROLE_WORDS: ReadonlyArray<[RegExp, ShownRole]> = [
  [wholeWord('limit(?:ed|é|ée)'), 'limited'],
  [wholeWord('owner|propriétaire'), 'owner'],
  [wholeWord('collaborat(?:or|eur|rice)'), 'collaborator'],
];

/** The role `text` names, when it names exactly one; null when it names none or several. */
export function roleNamed(text: string): ShownRole | null {
  const named = new Set(ROLE_WORDS.filter(([re]) => re.test(text)).map(([, role]) => role));
  if (named.has('limited')) named.delete('collaborator'); // "Limited collaborator" is one role
  return named.size === 1 ? [...named][0]! : null;
}
