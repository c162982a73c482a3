import { describe, expect, it } from 'vitest';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { buildMatrix, filterMatrix } from '../../../lib/review/matrix';
import { app, NOW, person, snapshot } from '../rules/builders';

// The matrix's one-click filters: "Outside the team" keeps people whose risk was accepted (they
// are still outside the team), and "Full access" counts the apps' owners (they have every right).

const s = snapshot([app('web')], [person('web', 'guest@gmail.com'), person('web', 'bob@acme.example')]);
const names = (e: string) => e;

describe('matrix filters', () => {
  it('keeps an outsider whose finding was accepted under "Outside the team"', () => {
    const findings = review(s, parsePolicy({}), [], NOW).findings.map((f) =>
      f.rule === 'external-domain' ? { ...f, state: 'accepted' as const } : f,
    );
    expect(findings.some((f) => f.rule === 'external-domain')).toBe(true);
    const rows = filterMatrix(buildMatrix(s, findings, names), 'outside').rows.map((r) => r.email);
    expect(rows).toEqual(['guest@gmail.com']);
  });

  it('counts the owner under "Full access"', () => {
    const rows = filterMatrix(buildMatrix(s, [], names), 'full').rows.map((r) => r.email);
    expect(rows).toContain(s.apps[0]!.owner.email);
  });
});
