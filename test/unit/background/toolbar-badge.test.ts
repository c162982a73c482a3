import { describe, expect, it } from 'vitest';
import { showOnBadge } from '../../../lib/background/toolbar-badge';
import { setLanguage } from '../../../lib/i18n';

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
