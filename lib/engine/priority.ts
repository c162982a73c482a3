// The four priorities, defined once, most urgent first. Without zod, so the popup's first paint
// (lib/ui/stored-status.ts) can use them without loading it; finding.ts builds its schema on them.

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A priority's place in PRIORITIES (0 most urgent), without a search: sorts and counts read it per finding. */
export const URGENCY = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Readonly<Record<Priority, number>>;
