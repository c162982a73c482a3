import type { ReviewRecord } from './record';

// A finding of a record as the reports name its state: an accepted finding whose acceptance is a
// reasoned "keep" (kind `kept`, reviewed until the policy's review period ends) is "kept", never
// "accepted" (issue #18, item 3: kept shows as such everywhere, the command line included).

export type ShownState = 'open' | 'accepted' | 'kept';

export function shownState(
  record: Pick<ReviewRecord, 'acceptances'>,
  finding: { id: string; state: 'open' | 'accepted' },
): ShownState {
  if (finding.state === 'open') return 'open';
  const acceptance = record.acceptances.find((a) => a.findingId === finding.id);
  return acceptance?.kind === 'kept' ? 'kept' : 'accepted';
}
