import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../../lib/background/service';
import { app, collaborator, fakeClient, memoryDeps, region } from '../helpers';

// Issue #15, item 4: with the language setting on "automatic", the overlay speaks the dashboard
// page's own language (the `lang` its content script reads), not the browser's; a language
// chosen in the settings still wins, and a page without one gets the browser's.

beforeEach(() => fakeBrowser.reset());

async function connected(browserLanguage: string) {
  const { deps } = memoryDeps(
    () =>
      fakeClient({
        regions: [region('osc-fr1')],
        apps: { 'osc-fr1': [app('shop')] },
        collaborators: [collaborator('shop', 'bob@acme.example', { is_limited: false })],
      }).client,
  );
  const service = createService({
    ...deps,
    now: () => new Date('2026-11-20T12:00:00Z'),
    uiLanguage: () => browserLanguage,
  });
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await service.idle();
  return service;
}

describe('the overlay’s language on "automatic"', () => {
  it('is the page’s: a French dashboard page in an English browser gets French chips', async () => {
    const service = await connected('en-US');
    const view = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: 'fr' });
    expect(view?.labels.openReview).toBe('Ouvrir la revue');
    expect(view?.people.find((p) => p.email === 'bob@acme.example')?.chip).toContain('Collaborateur');
    const people = await service.handle({ type: 'peopleView', lang: 'fr-FR' });
    expect(people?.labels.openReview).toBe('Ouvrir la revue');
  });

  it('is the page’s the other way round, and the browser’s when the page names none', async () => {
    const service = await connected('fr-FR');
    const view = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: 'en' });
    expect(view?.labels.openReview).toBe('Open the review');
    const advice = await service.handle({
      type: 'inviteAdvice',
      region: 'osc-fr1',
      app: 'shop',
      email: 'new@acme.example',
      lang: 'en-GB',
    });
    expect(advice?.headline).toBe('Suggested role: Limited collaborator');
    const bare = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: '' });
    expect(bare?.labels.openReview).toBe('Ouvrir la revue');
  });

  it('is the browser’s when the page speaks neither English nor French (issue #15’s review, item 4)', async () => {
    const french = await connected('fr-FR');
    const german = await french.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: 'de' });
    expect(german?.labels.openReview).toBe('Ouvrir la revue');
    expect(german?.people.find((p) => p.email === 'bob@acme.example')?.chip).toContain('Collaborateur');
    const people = await french.handle({ type: 'peopleView', lang: 'de-DE' });
    expect(people?.labels.openReview).toBe('Ouvrir la revue');
    const english = await connected('en-US');
    const spanish = await english.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: 'es' });
    expect(spanish?.labels.openReview).toBe('Open the review');
  });

  it('gives way to a language chosen in the settings', async () => {
    const service = await connected('fr-FR');
    await service.handle({ type: 'saveSettings', settings: { language: 'en' } });
    const view = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: 'fr' });
    expect(view?.labels.openReview).toBe('Open the review');
  });
});

describe('a page’s language stays with that page’s answers', () => {
  it('does not reach the review completed next: frozen in the settings’ or browser’s language', async () => {
    const service = await connected('en-US');
    await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop', lang: 'fr' });
    await service.handle({ type: 'peopleView', lang: 'fr' });
    const record = await service.handle({ type: 'completeReview', fallback: 'open' });
    expect(record.language).toBe('en');
    const english = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'shop' });
    expect(english?.labels.openReview).toBe('Open the review');
  });
});
