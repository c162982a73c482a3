import { describe, expect, it } from 'vitest';
import { showOnBadge } from '../../../lib/background/toolbar-badge';
import { setLanguage } from '../../../lib/i18n';
import type { ReviewSummary } from '../../../lib/engine/summary';

// The toolbar button says where its count comes from: the pages visited, or Scalingo's API.

function action() {
  const calls: Record<string, string[]> = { text: [], title: [] };
  return {
    calls,
    api: {
      setBadgeText: ({ text }: { text: string }) => void calls.text!.push(text),
      setBadgeBackgroundColor: () => undefined,
      setTitle: ({ title }: { title: string }) => void calls.title!.push(title),
    },
  };
}

describe('the toolbar badge title', () => {
  it('says page-only when the findings come from the pages visited', async () => {
    setLanguage('en');
    const a = action();
    await showOnBadge(a.api, null, 'pages');
    expect(a.calls.title!.at(-1)).toMatch(/Page-only/);
  });

  it('does not when the API is the source', async () => {
    setLanguage('en');
    const a = action();
    await showOnBadge(a.api, null, 'api');
    expect(a.calls.title!.at(-1)).toBe('Scalingo Access Review');
  });
});

describe('the toolbar badge text', () => {
  const summary = (urgent: number, expiring: number) =>
    ({ urgent, expiring, open: { P1: urgent, P2: 0, P3: 0, P4: 0 } }) as unknown as ReviewSummary;

  it('marks decisions ending within 14 days beside an urgent count, not only when there is none', async () => {
    const a = action();
    await showOnBadge(a.api, summary(3, 2), 'api', 'en');
    expect(a.calls.text!.at(-1)).toBe('3⌛');
    await showOnBadge(a.api, summary(3, 0), 'api', 'en');
    expect(a.calls.text!.at(-1)).toBe('3');
    await showOnBadge(a.api, summary(0, 2), 'api', 'en');
    expect(a.calls.text!.at(-1)).toBe('⌛');
  });
});
