import { useMemo } from 'preact/hooks';
import type { Review } from '../../lib/engine/review';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import type { Decision } from '../../lib/review/decisions';
import { headNames } from '../../lib/review/review-head';
import { FindingTable } from './FindingTable';
import { ReviewTop } from './ReviewTop';

// The review page's first screen of a long review: the table's first rows (lib/review/review-head.ts)
// while the whole review comes, then the full page takes its place (entrypoints/review/main.tsx).
// Its top is the whole page's (ReviewTop.tsx: page-only banner, scan line, error). Nothing here
// decides, sorts, selects or opens a row: those act on every finding, which are not all here yet,
// and the rows say so (FindingTable's `partial`: not openable, drawn as loading).

interface Props {
  review: Review;
  /** Findings still to come. */
  more: number;
  usernames: [string, string][];
  decisions: Decision[];
  scannedAt: string | null;
  /** Page-only mode, and the apps a page left unread: the same banner as the whole page. */
  fromPages?: boolean;
  leftOut?: string[];
  /** A part of the review (the session, the settings, the status) that could not be read. */
  error?: string | null;
  /** The whole review could not be loaded: these rows are all there is (the error says why). */
  failed?: boolean;
}

const none: ReadonlySet<string> = new Set();
const noop = () => undefined;

export function ReviewLoading({ review, more, usernames, decisions, scannedAt, failed, ...top }: Props) {
  const names = useMemo(() => headNames(usernames), [usernames]);
  const decided = useMemo(() => new Map(decisions.map((d) => [d.findingId, d])), [decisions]);
  return (
    <main class={`page review wide${top.fromPages ? ' read-only' : ''}`} aria-busy={failed ? 'false' : 'true'}>
      <ReviewTop score={review.summary.score} scannedAt={scannedAt} {...top} />
      <p role="status" data-testid="loading-more">
        {failed
          ? t('review.loadFailed', { shown: review.findings.length })
          : tCount('review.loadingMore', more, { shown: review.findings.length })}
      </p>
      <FindingTable
        findings={review.findings}
        decisions={decided}
        names={names}
        selected={none}
        onSelect={noop}
        onOpen={noop}
        partial
      />
    </main>
  );
}
