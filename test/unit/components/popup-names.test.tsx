/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TopFindings } from '../../../components/popup/TopFindings';
import { FindingTable } from '../../../components/review/FindingTable';
import { digestOf, parseDigest } from '../../../lib/engine/digest';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { personNames } from '../../../lib/review/person-name';
import { topLines } from '../../../lib/review/top-findings';
import { app, NOW, person, snapshot } from '../rules/builders';

// One person reads the same in the popup and on the review page: the popup names people from the
// stored digest with the review table's own names function (lib/review/person-name.ts), not from
// a finding's title (which holds whatever that one assignment said: no username, or an empty one).

afterEach(cleanup);

// bob: no username on web (where he lacks 2FA), "bob" on api. ann: an empty username.
const s = snapshot(
  [app('web'), app('api')],
  [
    person('web', 'bob@acme.example', { tfa: false, username: null }),
    person('api', 'bob@acme.example'),
    person('web', 'ann@acme.example', { tfa: false, username: '' }),
  ],
);
const r = review(s, parsePolicy({}), [], NOW);
const stored = parseDigest(JSON.parse(JSON.stringify(digestOf(s, r, NOW))))!;

const tableNames = () => {
  const { unmount } = render(
    <FindingTable
      findings={r.findings}
      decisions={new Map()}
      names={personNames(s.assignments)}
      selected={new Set()}
      onSelect={() => {}}
      onOpen={() => {}}
    />,
  );
  const names = screen.getAllByRole('row').map((row) => row.textContent ?? '');
  unmount();
  return names;
};

describe('one name per person, popup and review page', () => {
  it('names bob and ann in the popup as the review table does', () => {
    const table = tableNames();
    expect(table.some((row) => row.includes('bob') && !row.includes('bob@acme.example'))).toBe(true);
    expect(table.some((row) => row.includes('ann@acme.example'))).toBe(true);
    render(
      <TopFindings
        lines={topLines(stored.top, null, personNames(stored.people))}
        tabApp={null}
        onOpenReview={() => {}}
      />,
    );
    const popup = screen.getAllByRole('rowheader').map((c) => c.textContent);
    expect(popup.sort()).toEqual(['ann@acme.example', 'bob']);
  });

  it('a digest stored before it named people reads them by e-mail, never an empty name', () => {
    const { people: _, ...old } = digestOf(s, r, NOW);
    const before = parseDigest(JSON.parse(JSON.stringify(old)))!;
    const lines = topLines(before.top, null, personNames(before.people));
    expect(lines.map((l) => l.person).sort()).toEqual(['ann@acme.example', 'bob@acme.example']);
  });
});
