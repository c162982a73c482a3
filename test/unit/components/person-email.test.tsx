/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TopFindings } from '../../../components/popup/TopFindings';
import { FindingCard } from '../../../components/review/FindingCard';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { personNames } from '../../../lib/review/person-name';
import { topLines } from '../../../lib/review/top-findings';
import { app, NOW, person, snapshot } from '../rules/builders';

// A name is a page's or a username's word, the e-mail the person's key (PRIVACY.md): where the
// views name someone, the e-mail is reachable beside it, in the popup as the name's tooltip and
// accessible description, in the review's finding card (the details drawer) as text.

afterEach(cleanup);

const s = snapshot([app('web')], [person('web', 'bob@acme.example', { tfa: false, username: 'bob' })]);
const r = review(s, parsePolicy({}), [], NOW);

describe('the e-mail beside a name', () => {
  it('is the popup name’s tooltip and accessible description', () => {
    render(
      <TopFindings
        lines={topLines(r.findings, null, personNames(s.assignments))}
        tabApp={null}
        onOpenReview={() => {}}
      />,
    );
    const who = screen.getByRole('rowheader', { name: 'bob' });
    expect(who.getAttribute('title')).toBe('bob@acme.example');
  });

  it('is shown in the finding’s card', () => {
    render(
      <FindingCard
        finding={r.findings[0]!}
        decision={undefined}
        onDecide={async () => null}
        onClear={() => undefined}
      />,
    );
    expect(screen.getByTestId('finding-email').textContent).toBe('bob@acme.example');
  });
});
