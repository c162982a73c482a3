// Types of new-rule.mjs, for its test.
/** Writes a new rule's pieces under `root`; the files written (relative), or throws saying why not. */
export function newRule(root: string, id: string): string[];
