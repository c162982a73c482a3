import type { AccessDiff } from '../review/diff';
import { ReviewRecord, type Frozen } from '../review/record';
import { canonicalJson, sha256Hex } from './canonical';
import { reviewToCsv } from './csv';
import { reviewToJson } from './json';
import { reviewToMarkdown } from './markdown';
import { packDigests, RENDERER_VERSION } from './renderer';

// A completed review rendered once, as it is completed: the three exports and the SHA-256 of
// the record's canonical JSON, which each of them carries. The history keeps these bytes, so a
// re-export a year later is the same file whatever this code then writes; with the renderer's
// version and each pack's SHA-256, so another browser can check them whatever its own words are.
// A draft (lib/ui/export-review.ts) is rendered the same way, so it names its digest too.

// `source` names where a draft's findings come from in its CSV (page reading or API); completed
// reviews are frozen without it, so their bytes stay as they were.
export async function freeze(record: ReviewRecord, diff?: AccessDiff, source?: string): Promise<Frozen> {
  const parsed = ReviewRecord.parse(record);
  const sha256 = await sha256Hex(canonicalJson(parsed));
  const packs = {
    md: reviewToMarkdown(parsed, diff, sha256),
    csv: reviewToCsv(parsed, sha256, source),
    json: reviewToJson(parsed, sha256),
  };
  return { sha256, ...packs, renderer: RENDERER_VERSION, digests: await packDigests(packs) };
}

export const EXPORT_FORMATS = {
  md: { ext: 'md', type: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  json: { ext: 'json', type: 'application/json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
