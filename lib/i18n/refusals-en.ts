// English strings of the refusals added by the hostile review of issue #18: packs that are not
// what their review renders, keeps that outlast their period, zod's issues and JSON errors in
// words of ours, and completion refusals (lib/review/refusal.ts renders them).
export const refusalsEn = {
  'refusal.frozen.mdRendered':
    'The completed review {id} was altered: its Markdown export is not the one its review renders.',
  'refusal.frozen.csvRendered':
    'The completed review {id} was altered: its CSV export is not the one its review renders.',
  'refusal.unit.expires': '{what}: its acceptance ends {value}, not {expected} as its decision implies',
} as const;
