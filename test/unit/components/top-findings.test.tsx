/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopFindings } from '../../../components/popup/TopFindings';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { personNames } from '../../../lib/review/person-name';
import { topLines } from '../../../lib/review/top-findings';
import { app, NOW, person, snapshot } from '../rules/builders';

// The popup leads somewhere: one line per person in aligned columns, each opening the review on
// its finding, or on the person's same finding on every app when it holds on several.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// bob has no 2FA on three apps; eve and ann on one each; zoe, yan and xavier too (six people).
const APPS = ['web', 'api', 'jobs'];
const PEOPLE = ['bob', 'eve', 'ann', 'zoe', 'yan', 'xavier'];
const account = snapshot(
  APPS.map((a) => app(a)),
  [
    ...APPS.map((a) => person(a, 'bob@acme.example', { tfa: false })),
    ...PEOPLE.slice(1).map((p) => person('web', `${p}@acme.example`, { tfa: false })),
  ],
);
const findings = review(account, parsePolicy({}), [], NOW).findings;
const byName = personNames(account.assignments);

const rows = () => screen.getAllByRole('row').slice(1); // the header row first
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('popup top findings', () => {
  it('shows one line per person, "on 3 apps" when a finding holds on several, five lines at most', () => {
    render(<TopFindings lines={topLines(findings, null, byName)} tabApp={null} onOpenReview={() => undefined} />);
    expect(rows()).toHaveLength(5);
    const names = rows().map((r) => cells(r)[1]);
    expect(new Set(names).size).toBe(5);
    const bob = rows().find((r) => cells(r)[1] === 'bob')!;
    expect(cells(bob)).toEqual([expect.stringMatching(/^P\d$/), 'bob', 'No 2FA', 'on 3 apps']);
    expect(within(bob).getByText('on 3 apps').getAttribute('title')?.split(', ').sort()).toEqual([
      'api',
      'jobs',
      'web',
    ]);
  });

  it('has a heading and a table whose columns say what they hold', () => {
    render(<TopFindings lines={topLines(findings, null, byName)} tabApp={null} onOpenReview={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Most urgent findings' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Priority',
      'Person',
      'Finding',
      'App',
    ]);
    for (const row of rows()) expect(row.querySelectorAll('th, td')).toHaveLength(4);
  });

  it('opens the review on a single finding, or on the person’s same finding on every app', () => {
    const open = vi.fn();
    render(<TopFindings lines={topLines(findings, null, byName)} tabApp={null} onOpenReview={open} />);
    const eve = rows().find((r) => cells(r)[1] === 'eve')!;
    fireEvent.click(within(eve).getByRole('button'));
    const eveFinding = findings.find((f) => f.person?.email === 'eve@acme.example')!;
    expect(open).toHaveBeenLastCalledWith({ finding: eveFinding.id });
    const bob = rows().find((r) => cells(r)[1] === 'bob')!;
    fireEvent.click(within(bob).getByRole('button'));
    expect(open).toHaveBeenLastCalledWith(expect.objectContaining({ rule: 'missing-2fa', search: 'bob@acme.example' }));
  });

  it('puts the active tab’s app first', () => {
    const lines = topLines(findings, { region: 'osc-fr1', app: 'jobs' }, byName);
    expect(lines[0]).toMatchObject({ person: 'bob', apps: ['jobs', expect.any(String), expect.any(String)] });
    expect(lines[0]!.finding.app?.name).toBe('jobs');
  });

  it('speaks French', () => {
    setLanguage('fr');
    render(<TopFindings lines={topLines(findings, null, byName)} tabApp={null} onOpenReview={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Constats les plus urgents' })).toBeTruthy();
    expect(screen.getByText('sur 3 apps')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Priorité',
      'Personne',
      'Constat',
      'App',
    ]);
  });
});
