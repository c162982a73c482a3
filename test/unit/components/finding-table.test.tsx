/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { emptySession, fakeActions } from './review-fakes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// The table view: a long review renders a screenful of rows whatever its length, sorts, selects
// every row shown and decides them in one message.

afterEach(cleanup);

const actions = () => fakeActions();
const session = emptySession;

function account(n: number) {
  const apps = [app('web')];
  const people = Array.from({ length: n }, (_, i) =>
    person('web', `dev${String(i).padStart(4, '0')}@gmail.com`, { tfa: false, username: `dev-${i}` }),
  );
  const s = snapshot(apps, people);
  return { review: review(s, parsePolicy({}), [], NOW), access: s };
}

const rows = () => screen.getByTestId('finding-table').querySelectorAll('tbody tr:not(.spacer)');

describe('review table', () => {
  it('is the default for a long review and renders only the rows in view', () => {
    const { review: r, access } = account(2000);
    render(
      <ReviewPage
        review={r}
        session={session}
        allowChanges={false}
        scannedAt={null}
        actions={actions()}
        access={access}
      />,
    );
    expect(r.findings.length).toBeGreaterThan(2000);
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(screen.getByRole('table', { name: 'Findings' }).getAttribute('aria-rowcount')).toBe(
      String(r.findings.length + 1),
    );
  });

  it('shows each person by their username, with the e-mail beside it', () => {
    const { review: r, access } = account(3);
    render(
      <ReviewPage
        review={r}
        session={session}
        allowChanges={false}
        scannedAt={null}
        actions={actions()}
        access={access}
        view="table"
      />,
    );
    const cell = within(rows()[0] as HTMLElement).getByText(/^dev-\d$/);
    expect(cell.getAttribute('title')).toMatch(/^dev000\d@gmail\.com$/);
  });

  it('sorts by a column, both ways', () => {
    const { review: r, access } = account(30);
    render(
      <ReviewPage
        review={r}
        session={session}
        allowChanges={false}
        scannedAt={null}
        actions={actions()}
        access={access}
      />,
    );
    const firstPerson = () => (rows()[0]!.children[2] as HTMLElement).textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Person' }));
    const ascending = firstPerson();
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Person' }));
    expect(firstPerson()).not.toBe(ascending);
    expect(screen.getByRole('columnheader', { name: /Person/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('keeps every selected row with one why in one message', async () => {
    const { review: r, access } = account(20);
    const a = actions();
    render(
      <ReviewPage review={r} session={session} allowChanges={false} scannedAt={null} actions={a} access={access} />,
    );
    fireEvent.click(screen.getByLabelText(/Select all shown/));
    fireEvent.click(screen.getByRole('button', { name: 'Keep as is (why)' }));
    fireEvent.input(screen.getByLabelText('Why'), { target: { value: 'contractors, checked' } });
    fireEvent.submit(screen.getByRole('button', { name: /Decide for the \d+ selected/ }).closest('form')!);
    await vi.waitFor(() => expect(a.decideMany).toHaveBeenCalledTimes(1));
    const sent = (a.decideMany as ReturnType<typeof vi.fn>).mock.calls[0]![0] as {
      kind: string;
      justification: string;
    }[];
    expect(sent).toHaveLength(r.findings.length);
    expect(new Set(sent.map((d) => `${d.kind}/${d.justification}`))).toEqual(new Set(['keep/contractors, checked']));
  });

  it('names rules in words in the rule filter, never by their id', () => {
    const { review: r, access } = account(3);
    render(
      <ReviewPage
        review={r}
        session={session}
        allowChanges={false}
        scannedAt={null}
        actions={actions()}
        access={access}
      />,
    );
    const options = [...screen.getByRole('search').querySelectorAll('label')]
      .find((l) => l.textContent?.startsWith('Rule'))!
      .querySelectorAll('option');
    const texts = [...options].map((o) => o.textContent);
    expect(texts).toContain('No 2FA');
    expect(texts.some((x) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(x ?? ''))).toBe(false);
  });
});
