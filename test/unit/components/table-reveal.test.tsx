/** @vitest-environment happy-dom */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingTable } from '../../../components/review/FindingTable';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// "Open in the review" and a search hit reveal one row of a long table: it is scrolled into the
// DOM and focused, and revealing another row later moves there (the effect follows `reveal`).

afterEach(cleanup);

const s = snapshot(
  [app('web')],
  Array.from({ length: 300 }, (_, i) => person('web', `dev${String(i).padStart(3, '0')}@gmail.com`, { tfa: false })),
);
const findings = review(s, parsePolicy({}), [], NOW).findings;
const table = (reveal: string) => (
  <FindingTable
    findings={findings}
    decisions={new Map()}
    names={(email) => email}
    selected={new Set()}
    onSelect={() => {}}
    onOpen={() => {}}
    reveal={reveal}
  />
);
const focusedText = () => (document.activeElement as HTMLElement | null)?.textContent ?? '';

describe('revealing a row of the table', () => {
  it('focuses a row far down, then another one when asked', async () => {
    const far = findings.find((f) => f.person?.email === 'dev290@gmail.com')!;
    const near = findings.find((f) => f.person?.email === 'dev003@gmail.com')!;
    const { rerender } = render(table(far.id));
    await waitFor(() => expect(focusedText()).toContain('dev290@gmail.com'));
    rerender(table(near.id));
    await waitFor(() => expect(focusedText()).toContain('dev003@gmail.com'));
  });
});
