import { ReviewRecord } from '../review/record';

// The review as JSON: the same record the history keeps, tagged with its format.

export function reviewToJson(record: ReviewRecord): string {
  const parsed = ReviewRecord.safeParse(record);
  if (!parsed.success)
    throw new Error(`Cannot export this review: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
  return `${JSON.stringify({ format: 'scalingo-access-review/v1', ...parsed.data }, null, 2)}\n`;
}
