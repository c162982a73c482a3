import type { Acceptance } from '../engine/acceptances';
import type { Policy } from '../policy';
import type { Decision } from '../review/decisions';
import type { HistoryEntry } from '../review/record';
import { byCompletion } from '../review/history';
import type { TransferFile } from './file';
import { mergeUnits } from './merge-units';

// How an imported file joins what this browser has: completed reviews by id, never altered (one
// already here with the same id stays as it is, and one with other content is named as a
// conflict); per finding, a decision and the acceptance it stands for as one unit, the newer
// unit kept whole (lib/transfer/merge-units.ts); the policy replaced only when the user confirmed it.

export interface TransferState {
  history: HistoryEntry[];
  policy: Policy;
  decisions: Decision[];
  acceptances: Acceptance[];
}

export interface MergeReport {
  reviewsAdded: number;
  reviewsKnown: number;
  /** Ids here and in the file with other content: this browser's entry stays. */
  reviewsConflicting: string[];
  decisionsTaken: number;
  acceptancesTaken: number;
  policyDiffers: boolean;
  policyReplaced: boolean;
}

const sha = (e: HistoryEntry) => e.frozen?.sha256 ?? null;
const same = (a: HistoryEntry, b: HistoryEntry) =>
  sha(a) !== null ? sha(a) === sha(b) : JSON.stringify(a) === JSON.stringify(b);

export function mergeTransfer(
  current: TransferState,
  file: TransferFile,
  replacePolicy: boolean,
): { next: TransferState; report: MergeReport } {
  const known = new Map(current.history.map((e) => [e.id, e]));
  const added: HistoryEntry[] = [];
  const conflicting: string[] = [];
  for (const e of file.history) {
    const mine = known.get(e.id);
    if (!mine) {
      added.push(e);
      known.set(e.id, e);
    } else if (!same(mine, e)) conflicting.push(e.id);
  }
  // The history stays in order of completion, oldest first, as it is stored.
  const history = [...current.history, ...added].sort(byCompletion);
  const decided = mergeUnits(current, file);
  const policyDiffers = JSON.stringify(current.policy) !== JSON.stringify(file.policy);
  return {
    next: {
      history,
      policy: replacePolicy ? file.policy : current.policy,
      decisions: decided.decisions,
      acceptances: decided.acceptances,
    },
    report: {
      reviewsAdded: added.length,
      reviewsKnown: file.history.length - added.length - conflicting.length,
      reviewsConflicting: conflicting,
      decisionsTaken: decided.decisionsTaken,
      acceptancesTaken: decided.acceptancesTaken,
      policyDiffers,
      policyReplaced: replacePolicy && policyDiffers,
    },
  };
}
