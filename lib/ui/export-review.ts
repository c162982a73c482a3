import type { MessageKey } from '../i18n/en';
import { EXPORT_FORMATS, freeze, type ExportFormat } from '../export/freeze';
import { buildRecord } from '../review/build-record';
import { ask } from './ask';
import { download } from './download';
import { exportName, markPageExport } from '../pages/page-export';

// Exports the review as it stands, not yet completed: a draft (so labelled, no completion date)
// of the record the history will keep, as Markdown (the evidence pack), CSV or JSON. Completed
// reviews are exported from the history. Returns an error sentence, or null.

export async function exportReview(format: ExportFormat, t: (k: MessageKey) => string): Promise<string | null> {
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
    // Page-only: the policy the findings were judged with (domains guessed app by app), not the stored one.
    policy: fromPages.data && pages ? fromPages.data.policy : policy.data,
    // Page-only mode records none: any stored are the API era's, about another source.
    decisions: pages ? [] : session.data.decisions,
    changes: pages ? [] : session.data.changes,
    now,
    draft: true,
  });
  // Rendered as a completed review is (lib/export/freeze.ts): each export names its record's SHA-256.
  const source = pages ? 'dashboard pages' : 'scalingo api';
  const text = (await freeze(record, (!pages && session.data.diff) || undefined, source))[format];
  const { ext, type } = EXPORT_FORMATS[format];
  const marked = pages ? markPageExport(format, text, pages, fromPages.data?.domains) : text;
  download(exportName(now.toISOString().slice(0, 10), ext, pages !== null), marked, type);
  return null;
}
