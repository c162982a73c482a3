import { describe, expect, it } from 'vitest';
import type { NotificationsApi } from '../../../lib/background/new-urgent';
import { createService } from '../../../lib/background/service';
import { showOnBadge } from '../../../lib/background/toolbar-badge';
import { language, setLanguage } from '../../../lib/i18n';
import type { ReviewSummary } from '../../../lib/engine/summary';
import { parseSettings } from '../../../lib/settings';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// The background has no page to set its language: what it shows by itself (a notification, the
// toolbar button's hover text) is in the reviewer's language, and leaves the shared one as it was.

function scheduled(lang: 'en' | 'fr') {
  const account: FakeAccount = {
    regions: [region('osc-fr1')],
    apps: { 'osc-fr1': [app('shop'), app('blog')] },
    collaborators: [collaborator('shop', 'bob@acme.example')],
  };
  const { deps, state } = memoryDeps(() => fakeClient(account).client);
  state.settings = parseSettings({ ...state.settings, language: lang });
  const sent: Array<{ title: string; message: string }> = [];
  const notifications: NotificationsApi = { create: async (_id, o) => void sent.push(o) };
  const service = createService({ ...deps, notifications });
  state.token = 'tk-us-good';
  const join = () => account.collaborators.push(collaborator('blog', 'eve@x.example', { tfa_status: false }));
  return { service, sent, join };
}

describe('the background speaks the reviewer language', () => {
  it.each([
    ['fr', /Nouveaux constats d’accès urgents/],
    ['en', /New urgent access findings/],
  ] as const)('a notification with the language set to %s', async (lang, title) => {
    setLanguage('en');
    const { service, sent, join } = scheduled(lang);
    await service.scheduledScan();
    join();
    await service.scheduledScan();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.title).toMatch(title);
    expect(language()).toBe('en');
  });

  it.each([
    ['fr', /Scalingo Access Review · 1 décision expire d’ici/],
    ['en', /Scalingo Access Review · 1 decision expires within/],
  ] as const)('the badge title with the language set to %s', async (lang, title) => {
    setLanguage('en');
    const titles: string[] = [];
    const summary = { urgent: 0, expiring: 1, open: { P1: 0, P2: 0, P3: 0, P4: 0 } } as unknown as ReviewSummary;
    const action = {
      setBadgeText: () => undefined,
      setBadgeBackgroundColor: () => undefined,
      setTitle: ({ title: t }: { title: string }) => void titles.push(t),
    };
    await showOnBadge(action, summary, 'api', lang);
    expect(titles.at(-1)).toMatch(title);
    expect(language()).toBe('en');
  });
});
