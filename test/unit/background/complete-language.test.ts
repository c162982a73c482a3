import { afterEach, describe, expect, it } from 'vitest';
import { language, setLanguage } from '../../../lib/i18n';
import { connectedService } from './connected-service';

// Completing a review freezes it in the reviewer's language (the setting, else the browser's)
// without switching the background's language for everything it says afterwards (issue #18).

let ctx: Awaited<ReturnType<typeof connectedService>>;
afterEach(async () => {
  setLanguage('en');
  await ctx.mock.close();
});

describe('completing a review leaves the language alone', () => {
  it('on "automatic" with a French browser: the record is French, the background still speaks as before', async () => {
    ctx = await connectedService({ uiLanguage: 'fr-FR' });
    setLanguage('en');
    const record = await ctx.service.handle({ type: 'completeReview' });
    expect(record.language).toBe('fr');
    expect(record.findings[0]!.title).not.toBe('');
    expect(language()).toBe('en');
    expect((await ctx.service.handle({ type: 'getSettings' })).language).toBe('auto');
  });

  it('set to English while the background speaks French: an English record, and French afterwards', async () => {
    ctx = await connectedService({ uiLanguage: 'fr-FR' });
    await ctx.service.handle({ type: 'saveSettings', settings: { language: 'en' } });
    setLanguage('fr');
    const record = await ctx.service.handle({ type: 'completeReview' });
    expect(record.language).toBe('en');
    expect(language()).toBe('fr');
    expect((await ctx.service.handle({ type: 'getSettings' })).language).toBe('en');
  });
});
