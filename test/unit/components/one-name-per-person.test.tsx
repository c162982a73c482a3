/** @vitest-environment happy-dom */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiffPanel } from '../../../components/review/DiffPanel';
import { PlanPanel } from '../../../components/review/PlanPanel';
import { ReviewPage } from '../../../components/review/ReviewPage';
import type { PlanItem } from '../../../lib/changes/plan-item';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { ALL } from '../../../lib/review/filter';
import { personNames } from '../../../lib/review/person-name';
import { emptySession, fakeActions } from './review-fakes';
import { app, NOW, person, snapshot } from '../rules/builders';

// One name per person (issue #19): the username when the account has one, else the e-mail, the
// e-mail in a title beside it, in the cards' group headings, the plan and the diff alike.

afterEach(cleanup);

const bruno = person('web', 'bruno.dev@gmail.com', { tfa: false, username: 'bruno-dev' });
const names = personNames([bruno]);

describe('one name per person', () => {
  it('heads the cards grouped by person with the username, the e-mail in its title', () => {
    const snap = snapshot([app('web')], [bruno]);
    render(
      <ReviewPage
        review={review(snap, parsePolicy({}), [], NOW)}
        session={emptySession}
        allowChanges={false}
        scannedAt={null}
        actions={fakeActions()}
        view="cards"
        filter={{ ...ALL, groupBy: 'person' }}
        access={{ apps: snap.apps, assignments: snap.assignments }}
      />,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'bruno-dev' });
    expect(heading.getAttribute('title')).toBe('bruno.dev@gmail.com');
  });

  it('names the person of a plan item by the username', () => {
    const item: PlanItem = {
      id: 'revoke:app-1:c-1',
      findingId: 'f',
      kind: 'revoke',
      app: { id: 'app-1', name: 'web', region: 'osc-fr1' },
      api: 'https://api.osc-fr1.scalingo.com',
      collaboratorId: 'c-1',
      email: 'bruno.dev@gmail.com',
      from: 'limited',
      to: 'none',
      call: { method: 'DELETE', path: '/v1/apps/app-1/collaborators/c-1' },
    };
    render(
      <PlanPanel
        allowChanges
        pending={1}
        plan={{ items: [item], skipped: [], planId: 'p' }}
        changes={[]}
        names={names}
        busy={false}
        onPreview={vi.fn()}
        onApply={vi.fn()}
        onUndo={vi.fn()}
      />,
    );
    const line = screen.getByRole('listitem');
    expect(line.textContent).toContain('bruno-dev');
    expect(line.textContent).not.toContain('bruno.dev@gmail.com');
    expect(line.getAttribute('title')).toBe('bruno.dev@gmail.com');
  });

  it('names people in the diff by the username, a pending invitation by its e-mail', () => {
    const line = (email: string) => ({
      region: 'osc-fr1',
      app: 'web',
      email,
      role: 'limited' as const,
      status: 'accepted',
      tfa: true,
    });
    render(
      <DiffPanel
        since={NOW.toISOString()}
        names={names}
        diff={{
          added: [line('bruno.dev@gmail.com'), line('new@acme.example')],
          removed: [],
          roleChanged: [],
          lostTfa: [],
        }}
      />,
    );
    const items = within(screen.getByTestId('diff')).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/^bruno-dev → web/);
    expect(items[0]!.getAttribute('title')).toBe('bruno.dev@gmail.com');
    expect(items[1]!.textContent).toMatch(/^new@acme\.example → web/);
  });

  it('names people in the table from the review’s usernames before the access data lands', () => {
    const snap = snapshot([app('web')], [bruno]);
    render(
      <ReviewPage
        review={review(snap, parsePolicy({}), [], NOW)}
        usernames={[['bruno.dev@gmail.com', 'bruno-dev']]}
        session={emptySession}
        allowChanges={false}
        scannedAt={null}
        actions={fakeActions()}
        view="table"
        access={null}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('bruno-dev').length).toBeGreaterThan(0);
    expect(within(table).queryByText('bruno.dev@gmail.com')).toBeNull();
  });
});
