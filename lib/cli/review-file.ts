import { readFile } from 'node:fs/promises';
import { Acceptance } from '../rules/acceptances';
import { acceptanceOf } from '../review/decisions';
import { ReviewRecord } from '../review/record';
import { UsageError } from './args';

// `--review file.json`: a review exported by the extension (its JSON export). Its accepted
// risks count here too, until they expire, so a CI job does not fail on a risk the team took
// knowingly: those accepted with a justification, and the "accept until" decisions.

export async function acceptancesFromReview(file: string): Promise<Acceptance[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the review ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = ReviewRecord.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a review exported by the extension (${issue?.path.join('.') || 'root'}: ${issue?.message})`);
  }
  const record = parsed.data;
  const fromDecisions = record.decisions.flatMap((d) => acceptanceOf(d, record.reviewer.email) ?? []);
  // The same risk accepted both ways: the later end date counts. None runs over a year from when
  // it was accepted, as in the extension (a hand-edited file cannot accept a risk for ever).
  const byId = new Map<string, Acceptance>();
  for (const raw of [...record.acceptances, ...fromDecisions]) {
    const since = Date.parse(raw.acceptedAt);
    const cap = new Date((Number.isNaN(since) ? Date.now() : since) + 366 * 86_400_000).toISOString();
    const a = raw.expiresAt > cap ? { ...raw, expiresAt: cap } : raw;
    const known = byId.get(a.findingId);
    if (!known || known.expiresAt < a.expiresAt) byId.set(a.findingId, a);
  }
  return [...byId.values()];
}
