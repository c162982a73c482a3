/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AccessMatrix } from '../../../components/review/AccessMatrix';
import { review } from '../../../lib/engine/review';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// A matrix cell's accessible name follows the language's typography: French puts a no-break
// space before the colon.

describe('matrix cell label', () => {
  it('has a no-break space before the colon in French', () => {
    setLanguage('fr');
    const s = snapshot([app('web')], [person('web', 'guest@gmail.com', { tfa: false })]);
    const r = review(s, parsePolicy({}), [], NOW);
    render(<AccessMatrix access={s} findings={r.findings} names={(e) => e} onOpen={() => undefined} />);
    const cell = screen.getByRole('button', { name: /guest@gmail\.com sur web/ });
    expect(cell.getAttribute('aria-label')).toContain('guest@gmail.com sur web\u00a0: ');
  });
});
