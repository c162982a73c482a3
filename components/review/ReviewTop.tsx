import { t } from '../../lib/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { OwnTokenLine } from '../OwnTokenLine';
import { PagesBanner } from './PagesBanner';
import { ScanStatus } from './ReadingNotice';

// The top of the review page, above its actions: the title, where the findings come from
// (page-only mode), the scan line and what is still being read, the extension's own token, and
// an error. One component for the first screen of a long review (ReviewLoading.tsx) and the
// whole page (ReviewPage.tsx), so the first screen says all that the whole page says (issue #19).

interface Props {
  score: number;
  scannedAt: string | null;
  /** Page-only mode: labelled as such (lib/pages/). */
  fromPages?: boolean;
  /** Page-only mode: apps a page showed but left unread. */
  leftOut?: string[];
  /** An error to show (an action's, or a part of the review that could not be read). */
  error?: string | null;
  /** The own-token line is read again when this changes (a new review). */
  refresh?: unknown;
}

export function ReviewTop({ score, scannedAt, fromPages, leftOut = [], error, refresh }: Props) {
  return (
    <>
      <h1>{t('review.title')}</h1>
      {fromPages && <PagesBanner leftOut={leftOut} />}
      <ScanStatus scannedAt={scannedAt} score={score} />
      <OwnTokenLine refresh={refresh} />
      {error && <ErrorNotice kind="invalid" message={error} />}
    </>
  );
}
