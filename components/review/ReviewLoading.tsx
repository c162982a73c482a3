import { useMemo } from 'preact/hooks';
import type { Review } from '../../lib/engine/review';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import type { Decision } from '../../lib/review/decisions';
import { headNames } from '../../lib/review/review-head';
import { FindingTable } from './FindingTable';
import { ScanStatus } from './ReadingNotice';

// The review page's first screen of a long review: the table's first rows (lib/review/review-head.ts)
// while the whole review comes, then the full page takes its place (entrypoints/review/main.tsx).
// Nothing here decides, sorts or selects: those act on every finding, which are not all here yet.

interface Props {
  review: Review;
  /** Findings still to come. */
  more: number;
  usernames: [string, string][];
  decisions: Decision[];
  scannedAt: string | null;
}

const none: ReadonlySet<string> = new Set();
const noop = () => undefined;

export function ReviewLoading({ review, more, usernames, decisions, scannedAt }: Props) {
  const names = useMemo(() => headNames(usernames), [usernames]);
  const decided = useMemo(() => new Map(decisions.map((d) => [d.findingId, d])), [decisions]);
  return (
    <main class="page review wide" aria-busy="true">
      <h1>{t('review.title')}</h1>
      <ScanStatus scannedAt={scannedAt} score={review.summary.score} />
      <p role="status" data-testid="loading-more">
        {tCount('review.loadingMore', more, { shown: review.findings.length })}
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
