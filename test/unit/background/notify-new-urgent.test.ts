import { beforeEach, describe, expect, it } from 'vitest';
import { reviewPathFor, type NotificationsApi } from '../../../lib/background/new-urgent';
import { createService } from '../../../lib/background/service';
import { setLanguage } from '../../../lib/i18n';
import { filterFromHash } from '../../../lib/review/hash-filter';
import { parseSettings } from '../../../lib/settings';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// A scheduled scan that finds a P1 or P2 the review before it lacked raises one browser
// notification, whose click opens the review on those findings; manual scans and the first scan
// never notify, nor does anything once the setting is off. The notifications API is a fake.

function fakeNotifications() {
  const sent: Array<{ id: string; title: string; message: string }> = [];
  const api: NotificationsApi = { create: async (id, o) => void sent.push({ id, ...o }) };
  return { api, sent };
}

function setUp() {
  const account: FakeAccount = {
    regions: [region('osc-fr1')],
    apps: { 'osc-fr1': [app('shop'), app('blog')] },
    collaborators: [collaborator('shop', 'bob@acme.example')],
  };
  const { deps, state } = memoryDeps(() => fakeClient(account).client);
  const notes = fakeNotifications();
  const service = createService({ ...deps, notifications: notes.api });
  state.token = 'tk-us-good';
  // Someone without 2FA joins an app: a missing-2fa finding (P1/P2) the review did not have.
  const join = (appName: string, email: string) =>
    account.collaborators.push(collaborator(appName, email, { tfa_status: false }));
  return { service, state, notes, join };
}

beforeEach(() => setLanguage('en'));

describe('a scheduled scan that finds a new P1 or P2', () => {
  it('notifies once with the new findings, and a click opens the review on them', async () => {
    const { service, state, notes, join } = setUp();
    await service.scheduledScan(); // the first scan: nothing to compare with
    expect(notes.sent).toEqual([]);
    join('blog', 'eve@freelance.example');
    await service.scheduledScan();
    expect(notes.sent).toHaveLength(1);
    const note = notes.sent[0]!;
    expect(note.title).toBe('New urgent access findings');
    const review = await service.handle({ type: 'getReview' });
    const eve = review!.findings.filter(
      (f) => f.person?.email === 'eve@freelance.example' && ['P1', 'P2'].includes(f.priority),
    );
    expect(eve.map((f) => f.rule)).toContain('missing-2fa');
    expect(note.message).toContain(`found ${eve.length} new finding${eve.length === 1 ? '' : 's'}`);
    // The review page's own reading of the address the click opens.
    const [page, hash] = reviewPathFor(note.id)!.split('#');
    expect(page).toBe('/review.html');
    expect(filterFromHash(new URLSearchParams(hash)).only).toEqual(eve.map((f) => f.id));
    await service.scheduledScan(); // nothing new since
    expect(notes.sent).toHaveLength(1);
    expect(state.scan.phase).toBe('done');
  });

  it('a manual scan never notifies', async () => {
    const { service, notes, join } = setUp();
    await service.scheduledScan();
    join('shop', 'mallory@freelance.example');
    await service.handle({ type: 'scan', force: false });
    await service.idle();
    expect(notes.sent).toEqual([]);
  });

  it('the setting turns it off', async () => {
    const { service, notes, join } = setUp();
    await service.scheduledScan();
    const saved = await service.handle({ type: 'saveSettings', settings: { notifyNewUrgent: false } });
    expect(saved.notifyNewUrgent).toBe(false);
    join('blog', 'eve@freelance.example');
    await service.scheduledScan();
    expect(notes.sent).toEqual([]);
  });

  it('a notification not ours opens nothing', () => {
    expect(reviewPathFor('some-other-id')).toBeNull();
  });
});

describe('the notification setting', () => {
  it('is on by default, is stored off once turned off, and a damaged stored value falls back to on', async () => {
    const { service, state } = setUp();
    expect((await service.handle({ type: 'getSettings' })).notifyNewUrgent).toBe(true);
    await service.handle({ type: 'saveSettings', settings: { notifyNewUrgent: false } });
    expect(state.settings.notifyNewUrgent).toBe(false);
    // Stored as a plain object and parsed again on every read, as lib/storage keeps it.
    const stored: unknown = JSON.parse(JSON.stringify(state.settings));
    expect(parseSettings(stored).notifyNewUrgent).toBe(false);
    expect(parseSettings({ ...(stored as object), notifyNewUrgent: 'no' }).notifyNewUrgent).toBe(true);
  });
});
