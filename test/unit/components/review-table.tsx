import { render } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { ReviewPage, type ReviewActions } from '../../../components/review/ReviewPage';
import type { Review } from '../../../lib/engine/review';
import type { ReviewSessionState } from '../../../lib/messages/protocol';
import type { Decision } from '../../../lib/review/decisions';
import { NOW } from '../rules/builders';
import { emptySession, fakeActions } from './review-fakes';

// The review page in its table view as the table tests render it: nothing decided and changes
// not allowed unless a test says otherwise; returns the (faked) actions to look at.

export function renderTable(
  review: Review,
  access: ComponentProps<typeof ReviewPage>['access'],
  over: { session?: Partial<ReviewSessionState>; actions?: ReviewActions } = {},
): ReviewActions {
  const actions = over.actions ?? fakeActions();
  render(
    <ReviewPage
      review={review}
      session={{ ...emptySession, ...over.session }}
      allowChanges={false}
      scannedAt={null}
      actions={actions}
      access={access}
      view="table"
    />,
  );
  return actions;
}

/** A decision taken now, with no end date. */
export const decided = (findingId: string, kind: Decision['kind'], justification = ''): Decision => ({
  findingId,
  kind,
  justification,
  until: null,
  decidedAt: NOW.toISOString(),
});
