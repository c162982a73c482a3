import type { Policy } from '../policy';
import { refusal, type Refusal } from '../review/refusal';
import { TRANSFER_FORMAT } from './file';
import { checkPolicyFile } from './policy-file';

// A policy file imported in the settings (issue #18, item 7): the command line's `--policy` file,
// written by hand or exported here. Checked as the command line checks it (lib/transfer/policy-file.ts),
// and the policy it gives is the one the command line would run under: a field the file leaves out
// takes its default. The preview names every field that would change, before anything is stored.

export type PolicyImport = { ok: true; policy: Policy } | { ok: false; refusal: Refusal };

/** The file's text read and checked whole; a whole export is sent to the history page, where it belongs. */
export function readPolicyFileText(text: string): PolicyImport {
  const where = refusal('refusal.inThisFile');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The parser's own words are English (and differ per browser): ours only.
    return { ok: false, refusal: refusal('refusal.policy.notJson', { where }) };
  }
  if ((raw as { format?: unknown } | null)?.format === TRANSFER_FORMAT)
    return { ok: false, refusal: refusal('policyImport.isTransfer') };
  return checkPolicyFile(raw, where);
}

export interface PolicyChange {
  field: keyof Policy;
  /** The values as the file writes them (JSON), so a person compares like with like. */
  from: string;
  to: string;
}

/** Every field whose value the imported policy changes, in the policy's own order. */
export function policyChanges(current: Policy, next: Policy): PolicyChange[] {
  return (Object.keys(next) as Array<keyof Policy>).flatMap((field) => {
    const [from, to] = [JSON.stringify(current[field]), JSON.stringify(next[field])];
    return from === to ? [] : [{ field, from: from ?? 'null', to: to ?? 'null' }];
  });
}
