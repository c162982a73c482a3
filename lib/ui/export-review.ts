import { reviewToCsv } from '../export/csv';
import { reviewToJson } from '../export/json';
import { reviewToMarkdown } from '../export/markdown';
import type { MessageKey } from '../i18n/en';
import { buildRecord } from '../review/build-record';
import { ask } from './ask';
import { download } from './download';
import { exportName, markPageExport } from '../pages/page-export';

// Exports the review as it stands (not yet completed): the same record the history keeps,
// as Markdown (the evidence pack), CSV or JSON. Returns an error sentence, or null.

const FORMATS = {
  md: { ext: 'md', type: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  json: { ext: 'json', type: 'application/json' },
} as const;

export async function exportReview(format: keyof typeof FORMATS, t: (k: MessageKey) => string): Promise<string | null> {
  const [review, session, policy, status, fromPages] = await Promise.all([
    ask({ type: 'getReview' }),
    ask({ type: 'getSession' }),
    ask({ type: 'getPolicy' }),
    ask({ type: 'getSnapshot' }),
    ask({ type: 'getPageSnapshot' }),
  ]);
  if (!review.ok || !session.ok || !policy.ok || !status.ok || !fromPages.ok) return t('error.internal');
  // Page-only mode: the pages' data, and the export says so (lib/pages/page-export.ts).
  const pages = status.data ? null : (fromPages.data?.pages ?? null);
  const snapshot = status.data ?? fromPages.data?.snapshot ?? null;
  if (!review.data || !snapshot) return t('review.noScan');
  const now = new Date();
  const record = buildRecord({
    snapshot,
    review: review.data,
    policy: policy.data,
    decisions: session.data.decisions,
    changes: session.data.changes,
    now,
  });
  const text =
    format === 'md'
      ? reviewToMarkdown(record, session.data.diff ?? undefined)
      : format === 'csv'
        ? reviewToCsv(record)
        : reviewToJson(record);
  const { ext, type } = FORMATS[format];
  const marked = pages ? markPageExport(format, text, pages) : text;
  download(exportName(now.toISOString().slice(0, 10), ext, pages !== null), marked, type);
  return null;
}
