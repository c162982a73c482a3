/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopFindings } from '../../../components/popup/TopFindings';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// The popup leads somewhere: each of its top findings opens the review on that finding.

afterEach(cleanup);

describe('popup top findings', () => {
  it('a click on a finding opens the review on it', () => {
    const { findings } = review(
      snapshot([app('web')], [person('web', 'bob@acme.example', { tfa: false })]),
      parsePolicy({}),
      [],
      NOW,
    );
    const open = vi.fn();
    render(<TopFindings findings={findings} tabApp={null} onOpenReview={open} />);
    fireEvent.click(screen.getByRole('button', { name: /bob has no 2FA on web/ }));
    expect(open).toHaveBeenCalledWith(findings.find((f) => f.rule === 'missing-2fa')!.id);
  });
});
