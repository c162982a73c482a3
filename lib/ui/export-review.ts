import { reviewToCsv } from '../export/csv';
import { reviewToJson } from '../export/json';
import { reviewToMarkdown } from '../export/markdown';
import type { MessageKey } from '../i18n/en';
import { EXPORT_FORMATS, type ExportFormat } from '../export/freeze';
import { buildRecord } from '../review/build-record';
import { ask } from './ask';
import { download } from './download';

// Exports the review as it stands, not yet completed: a draft (so labelled, no completion date)
// of the record the history will keep, as Markdown (the evidence pack), CSV or JSON. Completed
// reviews are exported from the history. Returns an error sentence, or null.

export async function exportReview(format: ExportFormat, t: (k: MessageKey) => string): Promise<string | null> {
  const [review, session, policy, status] = await Promise.all([
    ask({ type: 'getReview' }),
    ask({ type: 'getSession' }),
    ask({ type: 'getPolicy' }),
    ask({ type: 'getSnapshot' }),
  ]);
  if (!review.ok || !session.ok || !policy.ok || !status.ok) return t('error.internal');
  const snapshot = status.data;
  if (!review.data || !snapshot) return t('review.noScan');
  const now = new Date();
  const record = buildRecord({
    snapshot,
    review: review.data,
    policy: policy.data,
    decisions: session.data.decisions,
    changes: session.data.changes,
    now,
    draft: true,
  });
  const text =
    format === 'md'
      ? reviewToMarkdown(record, session.data.diff ?? undefined)
      : format === 'csv'
        ? reviewToCsv(record)
        : reviewToJson(record);
  const { ext, type } = EXPORT_FORMATS[format];
  download(`scalingo-access-review-draft-${now.toISOString().slice(0, 10)}.${ext}`, text, type);
  return null;
}
