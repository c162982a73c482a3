import { z } from 'zod';
import { Acceptance } from '../engine/acceptances';
import type { Policy } from '../policy';
import { Decision } from '../review/decisions';
import { HISTORY_MAX } from '../review/history';
import { HistoryEntry } from '../review/record';
import { boundsProblem } from './entry-bounds';
import { frozenProblem } from './frozen-check';
import { acceptanceProblem, decisionProblem, historyProblem } from './import-checks';
import { checkPolicyFile } from './policy-file';
import { capKeeps, unitProblem } from './merge-units';
import { issueRefusal } from './zod-words';
import { fillKeeps } from '../review/keep-fill';
import { refusal, type Refusal } from '../review/refusal';

// One file to carry the review's trusted state to another browser (issue #18, item 7): the
// history of completed reviews, the policy and the decisions (with the accepted risks and keeps
// they became). Versioned and checked whole on import: a file that fails any check is refused
// with the reason, and nothing is changed. The `policy` part is exactly a policy file as the
// command line reads it (lib/transfer/policy-file.ts).

export const TRANSFER_FORMAT = 'scalingo-access-review/transfer';
export const TRANSFER_VERSION = 1;

export const TransferFile = z
  .object({
    format: z.literal(TRANSFER_FORMAT),
    version: z.literal(TRANSFER_VERSION),
    exportedAt: z.string(),
    history: z.array(HistoryEntry).max(HISTORY_MAX),
    policy: z.unknown(),
    decisions: z.array(Decision).max(100_000),
    acceptances: z.array(Acceptance).max(100_000),
  })
  .strict();
export type TransferFile = Omit<z.infer<typeof TransferFile>, 'policy'> & { policy: Policy };

export function transferFile(state: Omit<TransferFile, 'format' | 'version' | 'exportedAt'>, now: Date): string {
  const file: TransferFile = {
    format: TRANSFER_FORMAT,
    version: TRANSFER_VERSION,
    exportedAt: now.toISOString(),
    ...state,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedTransfer = { ok: true; file: TransferFile } | { ok: false; refusal: Refusal };

const refused = (problem: Refusal): ParsedTransfer => ({ ok: false, refusal: refusal('refusal.file', { problem }) });

/** The file read and checked whole: its shape, its version, its policy, its accepted risks' dates, and every frozen review's bytes. */
export async function parseTransfer(text: string, now: Date): Promise<ParsedTransfer> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The parser's own words are English (and differ per browser): ours only.
    return { ok: false, refusal: refusal('refusal.notJsonFile') };
  }
  const head = z.object({ format: z.literal(TRANSFER_FORMAT), version: z.number() }).safeParse(raw);
  if (!head.success) return { ok: false, refusal: refusal('refusal.notExport') };
  if (head.data.version !== TRANSFER_VERSION)
    return {
      ok: false,
      refusal: refusal('refusal.version', { version: head.data.version, expected: TRANSFER_VERSION }),
    };
  const parsed = TransferFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.');
    const at = path ? refusal('refusal.damagedAt', { path, issue: issueRefusal(issue) }) : null;
    return { ok: false, refusal: at ?? refusal('refusal.damagedAtRoot', { issue: issueRefusal(issue) }) };
  }
  const policy = checkPolicyFile(parsed.data.policy, refusal('refusal.inThisFile'));
  if (!policy.ok) return refused(policy.refusal);
  // Older bulk keeps came without their acceptance: derived here (file's period, keep's date), then
  // checked like the rest; who kept it was never recorded, and is not guessed from the history.
  const acceptances = fillKeeps(parsed.data.decisions, parsed.data.acceptances, policy.policy.reviewPeriodDays);
  const data = { ...parsed.data, acceptances };
  for (const d of data.decisions) {
    const problem = decisionProblem(d, now);
    if (problem) return refused(problem);
  }
  for (const a of data.acceptances) {
    const problem = acceptanceProblem(a, now);
    if (problem) return refused(problem);
  }
  const unit = unitProblem(data, policy.policy.reviewPeriodDays);
  if (unit) return refused(unit);
  data.acceptances = capKeeps(data, policy.policy.reviewPeriodDays);
  for (const entry of parsed.data.history) {
    const problem = boundsProblem(entry) ?? historyProblem(entry, now);
    if (problem) return refused(problem);
  }
  const rawHistory = (raw as { history: Array<Record<string, unknown>> }).history;
  for (const [i, entry] of rawHistory.entries()) {
    const problem = await frozenProblem(entry, previousOf(parsed.data.history, rawHistory, i));
    if (problem) return { ok: false, refusal: problem };
  }
  return { ok: true, file: { ...data, policy: policy.policy } };
}

/** The raw entry of the same account's review completed last before entry `i` (its Markdown's "since"). */
function previousOf(history: HistoryEntry[], raw: Array<Record<string, unknown>>, i: number) {
  const { reviewer, completedAt } = history[i]!;
  const at = Date.parse(completedAt ?? '');
  let best = -1;
  history.forEach((e, j) => {
    const t = Date.parse(e.completedAt ?? '');
    if (
      j !== i &&
      e.reviewer.email === reviewer.email &&
      t < at &&
      (best < 0 || t >= Date.parse(history[best]!.completedAt ?? ''))
    )
      best = j;
  });
  return best < 0 ? undefined : raw[best];
}
