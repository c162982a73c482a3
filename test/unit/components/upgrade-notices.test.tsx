/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UpgradeNotices } from '../../../components/options/UpgradeNotices';
import { setLanguage } from '../../../lib/i18n';

// The notes from the upgrade, in the settings: what was imported is counted and the user is
// asked to review it; anything that is not one of our notes is not shown.

afterEach(() => (cleanup(), setLanguage('en')));

describe('upgrade notes in the settings', () => {
  it('say how many accepted risks and decisions came in, and ask to review them and the policy', () => {
    render(
      <UpgradeNotices
        notices={['notice.reviewImported?acceptances=2&decisions=3', 'notice.switchesReset', 'planted text']}
      />,
    );
    const shown = screen.getAllByTestId('upgrade-notice').map((p) => p.textContent);
    expect(shown).toHaveLength(2);
    expect(shown[0]).toContain('2 accepted risks and 3 decisions');
    expect(shown[0]).toContain('trusted domains');
    expect(shown[1]).toContain('role changes from the review page');
  });

  it('speak French too', () => {
    setLanguage('fr');
    render(<UpgradeNotices notices={['notice.reviewImported?acceptances=1&decisions=4']} />);
    expect(screen.getByTestId('upgrade-notice').textContent).toContain('des risques acceptés (1), des décisions (4)');
  });
});
