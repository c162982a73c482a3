import { reviewToCsv } from '../export/csv';
import { reviewToJson } from '../export/json';
import { reviewToMarkdown } from '../export/markdown';
import type { ReviewRecord } from '../review/record';
import { atLeast } from '../engine/finding';
import { isRoleLimit } from '../scan/role-limit';
import type { ScanError } from '../scan/snapshot';
import type { FailOn, Format } from './args';
import { reviewToSarif } from './sarif';
import { openCounts, reviewToTable } from './table';

// The report in the format asked, and the exit code it calls for. JSON, CSV and Markdown are
// the extension's own exports (the same shapes); JSON adds the parts that could not be read.

export const EXIT = { ok: 0, findings: 1, usage: 2, incomplete: 3 } as const;

export function render(
  format: Format,
  record: ReviewRecord,
  errors: ScanError[],
  opts: { colour: boolean; version: string },
): string {
  switch (format) {
    case 'table':
      return reviewToTable(record, errors, opts.colour);
    case 'json': {
      const json = JSON.parse(reviewToJson(record)) as object;
      return `${JSON.stringify({ ...json, incomplete: errors }, null, 2)}\n`;
    }
    case 'csv':
      return reviewToCsv(record);
    case 'md':
      return reviewToMarkdown(record);
    case 'sarif':
      return reviewToSarif(record, errors, opts.version);
  }
}

/** 1 when an open finding is at or above `failOn`; else 3 when part of the account failed to read (not an app closed to your role); else 0. */
export function exitCode(record: ReviewRecord, errors: ScanError[], failOn: FailOn | null): number {
  if (failOn && record.findings.some((f) => f.state === 'open' && atLeast(f.priority, failOn))) return EXIT.findings;
  return errors.some((e) => !isRoleLimit(e)) ? EXIT.incomplete : EXIT.ok;
}

/** One line for stderr: what was found and where the report went. */
export function summaryLine(record: ReviewRecord, output: string | null): string {
  const { open, counts } = openCounts(record);
  return `${open.length} open finding(s) (${counts}), ${record.findings.length - open.length} accepted${output ? `; report written to ${output}` : ''}\n`;
}
