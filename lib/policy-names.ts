// App names as a person types them, and the regular expressions the policy keeps
// (`productionPatterns`, `sensitivePatterns` in lib/policy.ts, matched case-insensitively).
// Names are the simple form: "shop-api, billing" becomes one anchored, escaped pattern
// `^(shop-api|billing)$`; anything else is a regular expression, the advanced form.

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const NAMES_PATTERN = /^\^\((.+)\)\$$/;

/** Names separated by commas, semicolons or spaces; empty when none. */
export function splitNames(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** One anchored pattern matching exactly these names (case-insensitive, like every name pattern). */
export function namesPattern(names: readonly string[]): string | null {
  return names.length === 0 ? null : `^(${names.map((n) => n.replace(SPECIAL, '\\$&')).join('|')})$`;
}

/** The names a pattern of `namesPattern` stands for, or null for any other regular expression. */
export function namesOf(pattern: string): string[] | null {
  const inner = NAMES_PATTERN.exec(pattern)?.[1];
  if (inner === undefined) return null;
  const names = inner.split(/(?<!\\)\|/).map((n) => n.replace(/\\(.)/g, '$1'));
  // Only what `namesPattern` itself writes: "^(a.*|b)$" stays a regular expression.
  return namesPattern(names) === pattern ? names : null;
}

/** A stored list split into the names field and the advanced regular expressions. */
export function splitPatterns(patterns: readonly string[]): { names: string[]; advanced: string[] } {
  const names: string[] = [];
  const advanced: string[] = [];
  for (const p of patterns) {
    const n = namesOf(p);
    if (n) names.push(...n);
    else advanced.push(p);
  }
  return { names, advanced };
}

/** The names and the advanced lines, joined back into the policy's list. */
export function joinPatterns(names: readonly string[], advanced: readonly string[]): string[] {
  const fromNames = namesPattern(names);
  return [...(fromNames ? [fromNames] : []), ...advanced];
}

/** Why a line is not a valid regular expression (the engine's own words), or null. */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, 'i');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
