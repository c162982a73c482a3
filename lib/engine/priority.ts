// The four priorities, defined once, most urgent first. Without zod, so the popup's first paint
// (lib/ui/stored-status.ts) can use them without loading it; finding.ts builds its schema on them.

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];
