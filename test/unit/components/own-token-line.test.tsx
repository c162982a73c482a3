/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OwnTokenLine, OwnTokenSource } from '../../../components/OwnTokenLine';
import { TokenMarkContext, type MarkToken } from '../../../components/review/ExtensionTokenMark';
import { ownTokenView, withExtensionToken } from '../../../lib/engine/extension-token';
import type { ApiTokenInfo } from '../../../lib/scan/snapshot';
import { snapshot } from '../rules/builders';

// The line about the token this extension uses (issue #16), always shown once the token list was
// read: named with its age and last use when the scan or a mark tells it apart, else "not known"
// with a way to mark one of the listed tokens, the same setting the token findings' control saves.

afterEach(cleanup);

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const tokens: ApiTokenInfo[] = [
  { id: 'tok-ar', name: 'access-review', createdAt: ago(80), lastUsedAt: ago(0) },
  { id: 'tok-ci', name: 'ci-deploy', createdAt: ago(500), lastUsedAt: ago(0) },
];
/** What the background serves: the list as the scan left it, with the user's mark applied. */
const served = (list: ApiTokenInfo[], marked: string | null) =>
  ownTokenView(withExtensionToken(snapshot([], [], { apiTokens: list }), marked));

function show(load: () => Promise<ReturnType<typeof served>>, mark: MarkToken | null) {
  render(
    <TokenMarkContext.Provider value={mark}>
      <OwnTokenSource.Provider value={load}>
        <OwnTokenLine />
      </OwnTokenSource.Provider>
    </TokenMarkContext.Provider>,
  );
}

describe('the line about the token this extension uses', () => {
  it('names the token the exchange told apart, with its age and last use, and no control', async () => {
    const exchanged = [
      { ...tokens[0]!, usedHere: 'exchange' as const },
      { ...tokens[1]!, lastUsedAt: ago(40) },
    ];
    show(async () => served(exchanged, null), vi.fn());
    const line = await screen.findByTestId('own-token');
    expect(line.textContent).toMatch(/^The token this extension uses: “access-review”, created on .+ \(3 months ago\)/);
    expect(line.textContent).toMatch(/last used on .+ \(today\)\. Told apart as the only token exchanged/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when it is not known, marks the listed token chosen, then names it and can take the mark back', async () => {
    let marked: string | null = null;
    const mark = vi.fn(async (id: string | null) => {
      marked = id;
      return null;
    });
    show(async () => served(tokens, marked), mark);
    const line = await screen.findByTestId('own-token');
    expect(line.textContent).toContain('The token this extension uses is not known: none of the 2 listed tokens');
    fireEvent.change(screen.getByRole('combobox', { name: 'Listed token' }), { target: { value: 'tok-ci' } });
    fireEvent.click(screen.getByRole('button', { name: 'This is the token this extension uses' }));
    await waitFor(() => expect(mark).toHaveBeenCalledWith('tok-ci'));
    await waitFor(() => expect(line.textContent).toContain('The token this extension uses: “ci-deploy”'));
    expect(line.textContent).toContain('You marked it.');
    fireEvent.click(screen.getByRole('button', { name: 'Not the token this extension uses' }));
    await waitFor(() => expect(mark).toHaveBeenLastCalledWith(null));
    await waitFor(() => expect(line.textContent).toContain('is not known'));
  });

  it('shows a refused mark, and nothing at all when the token list was not read', async () => {
    show(
      async () => served(tokens, null),
      async () => 'Settings can only be changed from the extension',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'This is the token this extension uses' }));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be saved');
    cleanup();
    const load = vi.fn(async () => ownTokenView(snapshot([], [])));
    show(load, vi.fn());
    await waitFor(() => expect(load).toHaveBeenCalled());
    expect(screen.queryByTestId('own-token')).toBeNull();
  });
});
