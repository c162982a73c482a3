/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../../components/history/HistoryPage';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { localTime } from '../../../lib/ui/time';
import { app, NOW, person, snapshot } from '../rules/builders';
import { emptySession, fakeActions } from './review-fakes';

afterEach(cleanup);

// Times are stored in UTC; shown, they are in the person's time zone and say which.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('times shown with their time zone', () => {
  it('the review page says when it was scanned, in the local zone, labelled', () => {
    const r = review(
      snapshot([app('web')], [person('web', 'dev@gmail.com', { tfa: false })]),
      parsePolicy({}),
      [],
      NOW,
    );
    render(
      <ReviewPage
        review={r}
        session={emptySession}
        allowChanges={false}
        scannedAt="2026-11-30T13:05:00.000Z"
        actions={fakeActions()}
      />,
    );
    expect(screen.getByText(new RegExp(`Scanned ${escape(localTime('2026-11-30T13:05:00.000Z'))}`))).toBeTruthy();
    expect(document.body.textContent).toContain(`(${zone})`);
  });

  it('the history says when each review was completed, in the local zone, labelled', () => {
    render(
      <HistoryPage
        rows={[
          {
            id: 'r1',
            completedAt: '2026-11-30T13:05:00.000Z',
            reviewer: { email: 'lead@acme.example', username: 'lead' },
            score: 80,
            open: {},
            accepted: 0,
            findings: 0,
            decided: 0,
            fallback: 0,
            changes: 0,
            sha256: null,
          },
        ]}
        focus={null}
        error={null}
        onExport={vi.fn()}
      />,
    );
    expect(document.body.textContent).toContain(
      `Completed ${localTime('2026-11-30T13:05:00.000Z')} by lead@acme.example`,
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
