import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { tCount } from '../../lib/i18n/plural';
import type { ReviewDigest } from '../../lib/engine/digest';
import { ScanLine } from './ScanLine';

// "Activity still being read for N apps" on the review page, as the popup says it: while a scan
// reads, or once one stopped before reading them (the digest's `account.reading`). The entrypoint
// provides it from the status it asks with the review; without it (tests of other parts) nothing shows.

export type Reading = NonNullable<NonNullable<ReviewDigest['account']>['reading']>;
export const ReadingContext = createContext<Reading | undefined>(undefined);

export function ReadingNotice() {
  const reading = useContext(ReadingContext);
  if (!reading || reading.apps === 0) return null;
  return (
    <p class="notice" role="status" data-testid="reading">
      {tCount(reading.stopped ? 'reading.stopped' : 'reading.apps', reading.apps)}
    </p>
  );
}

/** The review page's scan line, then what is still being read. */
export function ScanStatus(props: Parameters<typeof ScanLine>[0]) {
  return (
    <>
      <ScanLine {...props} />
      <ReadingNotice />
    </>
  );
}
