/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionForm } from '../../../components/review/DecisionForm';
import { SelectionBar } from '../../../components/review/SelectionBar';
import { review } from '../../../lib/engine/review';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { dayFromNow, localDate } from '../../../lib/ui/time';
import { app, NOW, person, snapshot } from '../rules/builders';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

// Wherever a date is entered, presets (30, 90, 365 days) set it in one click, and the chosen
// day is written out in the interface's language beside the field.

const finding = () =>
  review(snapshot([app('web')], [person('web', 'dev@gmail.com', { tfa: false })]), parsePolicy({}), [], NOW)
    .findings[0]!;

describe('accept-until dates', () => {
  it('the decision form sets the date from a preset and says it in words', async () => {
    const onDecide = vi.fn(async (_d: { kind: string; until: string | null }) => null);
    render(<DecisionForm finding={finding()} decision={undefined} onDecide={onDecide} onClear={vi.fn()} />);
    fireEvent.click(screen.getByLabelText(/Accept the risk/));
    fireEvent.input(screen.getByLabelText(/Why \(required\)/), { target: { value: 'contract ends in spring' } });
    fireEvent.click(screen.getByRole('button', { name: '90 days' }));
    const field = screen.getByLabelText<HTMLInputElement>(/^Until/);
    expect(field.value).toBe(dayFromNow(90));
    expect(screen.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('until-words').textContent).toBe(localDate(dayFromNow(90)));
    fireEvent.submit(field.form!);
    await waitFor(() => expect(onDecide).toHaveBeenCalledOnce());
    expect(onDecide.mock.calls[0]![0]).toMatchObject({ kind: 'accept', until: dayFromNow(90) });
  });

  it('the bulk bar offers the same presets, in French too', () => {
    setLanguage('fr');
    const onDecide = vi.fn();
    render(
      <SelectionBar
        selected={[finding()]}
        decided={new Set()}
        pending={0}
        busy={false}
        onDecide={onDecide}
        onClear={vi.fn()}
        onPlan={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Accepter le risque/ }));
    const bar = screen.getByTestId('selection-bar');
    fireEvent.click(within(bar).getByRole('button', { name: '365 jours' }));
    expect(within(bar).getByLabelText<HTMLInputElement>(/^Jusqu’au/).value).toBe(dayFromNow(365));
    expect(within(bar).getByTestId('until-words').textContent).toBe(localDate(dayFromNow(365)));
    expect(localDate(dayFromNow(365))).toMatch(/[a-zéû]+ \d{4}$/);
  });
});
