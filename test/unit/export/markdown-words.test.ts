import { describe, expect, it } from 'vitest';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { matrixRows } from '../../../lib/export/markdown-words';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// The evidence pack is for people: states, decisions, actions and roles in words of the
// review's language, never ids; and the access matrix (people × apps) in it.

function pack(language: 'en' | 'fr') {
  const s = snapshot(
    [app('web'), app('api')],
    [
      person('web', 'bob@acme.example', { tfa: false }),
      person('api', 'bob@acme.example', { role: 'limited' }),
      person('api', 'eve@gmail.com'),
    ],
  );
  const r = review(s, parsePolicy({}), [], NOW);
  const decisions = r.findings.slice(0, 1).map((f) => ({
    findingId: f.id,
    kind: 'downgrade' as const,
    justification: '',
    until: null,
    decidedAt: NOW.toISOString(),
  }));
  const record = buildRecord({ snapshot: s, review: r, policy: parsePolicy({}), decisions, changes: [], now: NOW });
  return reviewToMarkdown({ ...record, language });
}

describe('evidence pack words', () => {
  it('shows actions, decisions, states and roles as words, not ids', () => {
    const md = pack('en');
    expect(md).not.toMatch(/: (ask-2fa|downgrade|revoke)$/m);
    expect(md).not.toMatch(/\| (collaborator|limited|owner) \|/);
    expect(md).toContain('ask the person to turn on 2FA');
    expect(md).toContain('| Limited |');
    expect(pack('fr')).toMatch(/\| ouvert \| Passer en Limité \|/);
  });

  it('has the access matrix, one row per person, one column per app', () => {
    const md = pack('fr');
    const at = md.indexOf('## Matrice des accès');
    expect(at).toBeGreaterThan(0);
    const lines = md.slice(at).split('\n');
    expect(lines[1]).toBe('| Personne | api | web |');
    // Named by username (one name per person, issue #19); the access table above keeps the e-mail.
    expect(lines.find((l) => l.startsWith('| bob '))).toBe('| bob | Limité · 2FA | Collaborateur · sans 2FA |');
    expect(md).toContain('| bob (bob@acme.example) |');
  });
});

describe('the pack’s access matrix across regions', () => {
  // Two apps may share a name in two regions (osc-fr1 and osc-secnum-fr1): two columns, each
  // named with its region, never one merged column.
  const line = (app: string, region: string, email: string, role: 'collaborator' | 'limited', tfa: boolean) => ({
    app,
    region,
    email,
    username: null,
    role,
    status: 'accepted',
    tfa,
  });

  it('keys apps by region and name, and names the region where names repeat', () => {
    const { head, rows } = matrixRows('en', [
      line('web', 'osc-fr1', 'bob@acme.example', 'collaborator', false),
      line('web', 'osc-secnum-fr1', 'bob@acme.example', 'limited', true),
      line('api', 'osc-fr1', 'eve@acme.example', 'limited', true),
    ]);
    expect(head).toEqual(['Person', 'api', 'web (osc-fr1)', 'web (osc-secnum-fr1)']);
    expect(rows).toEqual([
      ['bob@acme.example', '', 'Collaborator · no 2FA', 'Limited · 2FA'],
      ['eve@acme.example', 'Limited · 2FA', '', ''],
    ]);
  });
});
