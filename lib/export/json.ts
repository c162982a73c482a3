import { ReviewRecord } from '../review/record';

// The review as JSON: the same record the history keeps, tagged with its format, and with the
// SHA-256 of its canonical JSON when known (lib/export/canonical.ts; the hash covers the record
// alone, without `format` or `sha256`).

export function reviewToJson(record: ReviewRecord, sha256?: string): string {
  const parsed = ReviewRecord.safeParse(record);
  if (!parsed.success)
    throw new Error(`Cannot export this review: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
  return `${JSON.stringify({ format: 'scalingo-access-review/v1', ...parsed.data, ...(sha256 ? { sha256 } : {}) }, null, 2)}\n`;
}
