/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingCard } from '../../../components/review/FindingCard';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// A provisional finding's note is one translated sentence: French puts a non-breaking space
// before its colon, which two strings glued with ": " cannot.

afterEach(() => (cleanup(), setLanguage('en')));

function provisionalFinding() {
  const f = review(snapshot([app('web')], [person('web', 'dev@gmail.com', { tfa: false })]), parsePolicy({}), [], NOW)
    .findings[0]!;
  return { ...f, provisional: true };
}

describe('a provisional finding card', () => {
  it.each([
    ['en', 'provisional: activity still being read'],
    ['fr', 'provisoire\u00a0: activité en cours de lecture'],
  ] as const)('%s: %s', (lang, text) => {
    setLanguage(lang);
    render(
      <FindingCard
        finding={provisionalFinding()}
        decision={undefined}
        onDecide={async () => null}
        onClear={() => undefined}
      />,
    );
    expect(screen.getByTestId('provisional').textContent).toBe(text);
  });
});
