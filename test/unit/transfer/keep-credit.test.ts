import { describe, expect, it } from 'vitest';
import { UNRECORDED_BY } from '../../../lib/review/keep-fill';
import { parseTransfer } from '../../../lib/transfer/file';
import { completedExport } from './completed-export';

// An older export's reasoned keep came without its acceptance, so without who decided it. The
// import derives the acceptance, and must not credit it to whoever completed the file's last
// review (another person, perhaps another account, and the list is not even in order): nobody
// recorded who kept it, and the evidence says so (issue #18's review).

const exported = completedExport();

describe('a keep whose author was never recorded', () => {
  it('is imported as kept by nobody recorded, not by the last review’s reviewer', async () => {
    const file = JSON.parse(exported()) as { history: Array<{ reviewer: { email: string } }>; decisions: unknown[] };
    expect(file.history.length).toBeGreaterThan(0);
    const decidedAt = new Date(Date.now() - 86_400_000).toISOString();
    file.decisions.push({
      findingId: 'missing-2fa:id-web:u-bob',
      kind: 'keep',
      justification: 'contracted until March',
      until: null,
      decidedAt,
    });
    const parsed = await parseTransfer(JSON.stringify(file), new Date());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const derived = parsed.file.acceptances.find((a) => a.findingId === 'missing-2fa:id-web:u-bob');
    expect(derived?.by).toBe(UNRECORDED_BY);
    expect(derived?.by).not.toBe(file.history[0]!.reviewer.email);
  });
});
