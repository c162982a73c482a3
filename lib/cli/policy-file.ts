import { readFile } from 'node:fs/promises';
import type { Policy } from '../policy';
import { checkPolicyFile } from '../transfer/policy-file';
import { refusal, refusalText } from '../review/refusal';
import { UsageError } from './args';

// `--policy file.json`: the team's policy, as the extension's settings export it (the same file
// format, lib/transfer/policy-file.ts). A CI job must not run under a policy it did not ask for:
// an unknown field or a bad value is a usage error.

export async function readPolicy(file: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    // The system's reason (ENOENT, EACCES…) is a code, kept as it is after our words.
    throw new UsageError(
      `${refusalText(refusal('refusal.policy.unreadable', { where: file }))} (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(refusalText(refusal('refusal.policy.notJson', { where: file })));
  }
  const checked = checkPolicyFile(raw, file);
  if (!checked.ok) throw new UsageError(refusalText(checked.refusal));
  return checked.policy;
}
