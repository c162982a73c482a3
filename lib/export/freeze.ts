import type { AccessDiff } from '../review/diff';
import { ReviewRecord, type Frozen } from '../review/record';
import { canonicalJson, sha256Hex } from './canonical';
import { reviewToCsv } from './csv';
import { reviewToJson } from './json';
import { reviewToMarkdown } from './markdown';

// A completed review rendered once, as it is completed: the three exports and the SHA-256 of
// the record's canonical JSON, which each of them carries. The history keeps these bytes, so a
// re-export a year later is the same file whatever this code then writes.
// A draft (lib/ui/export-review.ts) is rendered the same way, so it names its digest too.

// `source` names where a draft's findings come from in its CSV (page reading or API); completed
// reviews are frozen without it, so their bytes stay as they were.
export async function freeze(record: ReviewRecord, diff?: AccessDiff, source?: string): Promise<Frozen> {
  const parsed = ReviewRecord.parse(record);
  const sha256 = await sha256Hex(canonicalJson(parsed));
  return {
    sha256,
    md: reviewToMarkdown(parsed, diff, sha256),
    csv: reviewToCsv(parsed, sha256, source),
    json: reviewToJson(parsed, sha256),
  };
}

export const EXPORT_FORMATS = {
  md: { ext: 'md', type: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  json: { ext: 'json', type: 'application/json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
