/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BulkPanel } from '../../../components/review/BulkPanel';
import { conflicts } from '../../../lib/changes/left-to-apply';
import { review } from '../../../lib/engine/review';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import type { Decision } from '../../../lib/review/decisions';
import { personNames } from '../../../lib/review/person-name';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { app, NOW, person, snapshot } from '../rules/builders';
import type { BulkDecision } from '../../../components/review/SelectionBar';

// Issue #19's review of the bulk decisions: every open finding has a line (not only role
// changes), one person's line never records two changes on one collaboration, every person has
// a button (not the first 12), and "1 app" / "2 apps" in both languages.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

let demo: Demo;
beforeAll(async () => void (demo = await scanDemo()));

const panel = (findings: ReviewedFinding[], decisions: Decision[] = [], names = (e: string) => e) => {
  const onDecide = vi.fn<(ds: BulkDecision[]) => void>();
  render(<BulkPanel findings={findings} decisions={decisions} names={names} busy={false} onDecide={onDecide} />);
  return onDecide;
};
const saved = (ds: BulkDecision[]): Decision[] => ds.map((d) => ({ ...d, decidedAt: NOW.toISOString() }));

describe('bulk decisions', () => {
  it('offers a line for findings with nothing to change, and accepts them with one reason', () => {
    const s = snapshot([app('web')], [person('web', 'x@acme.example', { tfa: false })]);
    const findings = review(s, parsePolicy({}), [], NOW).findings.filter((f) => f.rule === 'missing-2fa');
    expect(findings.map((f) => f.action)).toEqual(['ask-2fa']);
    const onDecide = panel(findings);
    expect(screen.queryByText(/is decided/)).toBeNull();
    const button = screen.getByRole('button', { name: /^No 2FA: accept until the date \(1\)/ });
    fireEvent.click(button); // no reason yet: told so, nothing decided
    expect(screen.getByRole('alert').textContent).toMatch(/Give a reason first/);
    expect(onDecide).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText(/^Why/), { target: { value: 'Asked on Slack, due Friday' } });
    fireEvent.click(button);
    expect(onDecide.mock.calls[0]![0]).toEqual([
      expect.objectContaining({
        findingId: findings[0]!.id,
        kind: 'accept',
        justification: 'Asked on Slack, due Friday',
      }),
    ]);
  });

  it('decides every open finding of the demo account: no line left while one is open', () => {
    const onDecide = panel(demo.review.findings, [], personNames(demo.snapshot.assignments));
    fireEvent.input(screen.getByLabelText(/^Why/), { target: { value: 'Reviewed with the team' } });
    fireEvent.click(screen.getByRole('button', { name: /^To review with the team: accept until the date/ }));
    const decided = new Set(onDecide.mock.calls.flatMap(([ds]) => ds.map((d) => d.findingId)));
    const open = demo.review.findings.filter((f) => f.state === 'open');
    expect(open.filter((f) => f.action === 'review').every((f) => decided.has(f.id))).toBe(true);
    cleanup();
    const all = open.map((f) => ({ findingId: f.id, kind: 'accept' as const, justification: 'ok!', until: null }));
    panel(demo.review.findings, saved(all.slice(1)));
    expect(screen.queryByText(/is decided/)).toBeNull(); // one left open
    cleanup();
    panel(demo.review.findings, saved(all));
    expect(screen.getByText('Every open finding is decided.')).toBeTruthy();
  });

  it("hugo's line keeps one change per collaboration: the strongest, and no conflict", () => {
    const names = personNames(demo.snapshot.assignments);
    const onDecide = panel(demo.review.findings, [], names);
    fireEvent.input(screen.getByLabelText(/^Why/), { target: { value: 'Reviewed with the team' } });
    fireEvent.click(screen.getByRole('button', { name: /^hugo: apply the suggested change/ }));
    const ds = saved(onDecide.mock.calls[0]![0].filter((d) => d.kind !== 'accept'));
    const onPr42 = demo.review.findings.filter(
      (f) => f.person?.email === 'hugo@acme.example' && /pr42/.test(f.app?.name ?? ''),
    );
    expect(onPr42.length).toBe(2);
    expect(ds.filter((d) => onPr42.some((f) => f.id === d.findingId)).map((d) => d.kind)).toEqual(['revoke', 'revoke']);
    expect(conflicts(ds, demo.review.findings)).toEqual([]);
  });

  it('a rule decided after another raises the change already recorded on one collaboration', () => {
    const names = personNames(demo.snapshot.assignments);
    const onDecide = panel(demo.review.findings, [], names);
    fireEvent.click(screen.getByRole('button', { name: /^Review app ahead of its parent: apply/ }));
    const first = saved(onDecide.mock.calls[0]![0]);
    cleanup();
    const next = panel(demo.review.findings, first, names);
    fireEvent.input(screen.getByLabelText(/^Why/), { target: { value: 'Reviewed with the team' } });
    fireEvent.click(screen.getByRole('button', { name: /^No activity: / }));
    const merged = new Map([...first, ...saved(next.mock.calls[0]![0])].map((d) => [d.findingId, d]));
    expect(conflicts([...merged.values()], demo.review.findings)).toEqual([]);
  });

  it('shows every person behind "show all", past the first 12', () => {
    const people = Array.from({ length: 14 }, (_, i) =>
      person('web', `guest${String(i).padStart(2, '0')}@gmail.com`, {
        status: 'pending',
        invitedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    const s = snapshot([app('web')], people);
    panel(review(s, parsePolicy({}), [], NOW).findings);
    const personButtons = () => screen.queryAllByRole('button', { name: /^guest\d+@gmail\.com: / });
    expect(personButtons()).toHaveLength(12);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 14' }));
    expect(personButtons()).toHaveLength(14);
    expect(screen.getByRole('button', { name: 'Show the first 12' }).getAttribute('aria-expanded')).toBe('true');
  });

  it.each([
    ['en', /^bruno: .*\(\d+, on (\d+) apps?\)$/, ['on 1 app', 'on 2 apps']],
    ['fr', /^bruno\s: .*\(\d+, sur (\d+) apps?\)$/, ['sur 1 app', 'sur 2 apps']],
  ] as const)('says "1 app" and "2 apps" in %s', (lang, pattern, words) => {
    setLanguage(lang);
    const s = snapshot([app('web'), app('api')], [person('web', 'bruno@gmail.com'), person('api', 'bruno@gmail.com')]);
    const findings = review(s, parsePolicy({}), [], NOW).findings.filter((f) => f.person?.email === 'bruno@gmail.com');
    const one = findings.filter((f) => f.app?.name === 'web');
    panel(one, [], (e) => e.split('@')[0]!);
    expect(screen.getByRole('button', { name: pattern }).textContent).toContain(words[0]);
    cleanup();
    panel(findings, [], (e) => e.split('@')[0]!);
    expect(screen.getByRole('button', { name: pattern }).textContent).toContain(words[1]);
  });
});
