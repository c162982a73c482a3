import { describe, expect, it } from 'vitest';
import { progressPrinter } from '../../lib/cli/progress';
import { reviewToTable } from '../../lib/cli/table';
import { setLanguage } from '../../lib/i18n';
import type { ReviewRecord } from '../../lib/review/record';

// What a person at a terminal sees: a progress bar redrawn in place, colours by priority;
// and in a CI log: a line per phase and no escape codes.

const sink = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, write: (s: string) => void out.push(s), isTTY };
};
const progress = (phase: 'account' | 'apps' | 'events', done: number, total: number) => ({
  phase,
  done,
  total,
  startedAt: 0,
  etaSeconds: null,
});

describe('progress on stderr', () => {
  it('on a terminal: a bar redrawn in place, cleared at the end', () => {
    const err = sink(true);
    const p = progressPrinter(err);
    p.update(progress('apps', 3, 12));
    p.update(progress('events', 12, 12));
    p.done();
    expect(err.out[0]).toMatch(/^\r█{6}░{18} {2}25% apps 3\/12 requests$/);
    expect(err.out[1]).toMatch(/^\r█{24} 100% events/);
    expect(err.out.at(-1)).toBe('\r\x1b[2K');
  });

  it('in a log: one line per phase', () => {
    const err = sink(false);
    const p = progressPrinter(err);
    for (const [phase, done] of [
      ['account', 1],
      ['apps', 2],
      ['apps', 3],
      ['events', 4],
    ] as const)
      p.update(progress(phase, done, 9));
    p.done();
    expect(err.out).toEqual(['scanning: account…\n', 'scanning: apps…\n', 'scanning: events…\n']);
  });

  it('in French: the bar and the lines, with a no-break space before the colon', () => {
    setLanguage('fr');
    try {
      const log = sink(false);
      const p = progressPrinter(log);
      p.update(progress('apps', 2, 9));
      p.update({ ...progress('events', 4, 9), app: { name: 'shop', done: 1, of: 3 } });
      expect(log.out).toEqual([
        'analyse\u00a0: applications…\n',
        'analyse\u00a0: activité…\n',
        'analyse\u00a0: activité · shop (1/3 applications)\n',
      ]);
      const tty = sink(true);
      progressPrinter(tty).update(progress('apps', 3, 12));
      expect(tty.out[0]).toMatch(/^\r█{6}░{18} {2}25% applications 3\/12 requêtes$/);
    } finally {
      setLanguage('en');
    }
  });
});

describe('the table', () => {
  const record = {
    reviewer: { email: 'me@acme.example', username: 'me' },
    scannedAt: '2026-11-24T10:00:00.000Z',
    summary: { score: 80, open: {}, accepted: 0 },
    findings: [
      {
        id: 'a',
        rule: 'missing-2fa',
        priority: 'P1',
        state: 'open',
        title: 'x has no 2FA\u001b[2J',
        evidence: [],
        confidence: '',
        action: 'ask-2fa',
        app: 'vault',
        region: 'osc-secnum-fr1',
        person: 'x@acme.example',
        link: '',
      },
      {
        id: 'b',
        rule: 'no-activity',
        priority: 'P3',
        state: 'open',
        title: 'y did nothing',
        evidence: [],
        confidence: '',
        action: 'revoke',
        app: 'web',
        region: 'osc-fr1',
        person: 'y@acme.example',
        link: '',
      },
    ],
  } as unknown as ReviewRecord;

  it('is coloured by priority on a terminal, plain otherwise, and never passes control codes from the API through', () => {
    setLanguage('en');
    const coloured = reviewToTable(record, [], true);
    expect(coloured).toContain('\x1b[1;31mP1 ');
    expect(coloured).toContain('x has no 2FA?[2J → ask the person to turn on 2FA\x1b[0m');
    expect(coloured).toContain('\x1b[36mP3 ');
    const plain = reviewToTable(record, [], false);
    expect(plain).not.toContain('\x1b');
  });
});
