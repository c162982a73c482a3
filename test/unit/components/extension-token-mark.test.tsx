/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenMarkContext } from '../../../components/review/ExtensionTokenMark';
import { FindingCard } from '../../../components/review/FindingCard';
import { withExtensionToken } from '../../../lib/engine/extension-token';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import { RULES } from '../../../lib/rules';
import { daysAgo, NOW, policy, snapshot } from '../rules/builders';

// The control on a token finding that marks it as the extension's own (issue #16): it saves the
// token's id, or clears the mark, and the finding drawn from the marked review says so.

afterEach(cleanup);

const ci = { id: 'tok-CI', name: 'ci-deploy', createdAt: daysAgo(500), lastUsedAt: daysAgo(0) };
const findingOf = (marked: string | null, usedHere?: 'exchange'): ReviewedFinding => {
  const s = withExtensionToken(snapshot([], [], { apiTokens: [{ ...ci, ...(usedHere && { usedHere }) }] }), marked);
  return { ...RULES['api-token-old']!(s, policy(), NOW)[0]!, state: 'open', acceptance: null, expiredAcceptance: null };
};
const card = (f: ReviewedFinding, mark = vi.fn(async (_: string | null) => null as string | null)) => {
  render(
    <TokenMarkContext.Provider value={mark}>
      <FindingCard finding={f} decision={undefined} onDecide={async () => null} onClear={() => undefined} />
    </TokenMarkContext.Provider>,
  );
  return mark;
};

describe('marking the extension’s own token on its finding', () => {
  it('an unmarked token finding offers the mark, which saves that token’s id', async () => {
    const mark = card(findingOf(null));
    expect(screen.getByRole('heading').textContent).toBe('API token “ci-deploy” is 500 days old: renew it');
    fireEvent.click(screen.getByRole('button', { name: 'This is the token this extension uses' }));
    // Finding ids are lower-cased: the mark matches the listed token in any case.
    await waitFor(() => expect(mark).toHaveBeenCalledWith('tok-ci'));
    expect(withExtensionToken(snapshot([], [], { apiTokens: [ci] }), 'tok-ci').apiTokens![0]!.usedHere).toBe('marked');
  });

  it('the marked finding says so, with the last use and the caution, and the mark can be taken back', async () => {
    const mark = card(findingOf('tok-CI'));
    expect(screen.getByRole('heading').textContent).toContain('the one this extension uses');
    const text = screen.getByRole('article').textContent;
    expect(text).toContain('This is the token this extension uses (you marked it).');
    expect(text).toMatch(/Last used on [A-Z][a-z]+ \d{1,2}, \d{4} \(0 days ago\)/);
    expect(text).toContain('Deleting it signs the extension out');
    fireEvent.click(screen.getByRole('button', { name: 'Not the token this extension uses' }));
    await waitFor(() => expect(mark).toHaveBeenCalledWith(null));
  });

  it('no control when the exchange told it apart, and a refusal is shown', async () => {
    card(findingOf(null, 'exchange'));
    expect(screen.queryByRole('button', { name: /token this extension uses/ })).toBeNull();
    cleanup();
    card(
      findingOf(null),
      vi.fn(async () => 'Settings can only be changed from the extension'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'This is the token this extension uses' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be saved');
  });
});
