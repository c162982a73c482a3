/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { mergeReading } from '../../../lib/pages/merge';
import { pageReview } from '../../../lib/pages/page-review';
import { inLanguage } from '../../../lib/i18n';
import { ruleWords, ruleWordsAmong } from '../../../lib/review/words';
import type { Finding } from '../../../lib/engine/finding';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from '../overlay-page/fixture';
import { D } from '../pages/page-fixtures';

// Issue #21's hostile review: the short name "Old pending invitation" was given to an invitation
// a page showed with no date, which says nothing of its age. The table, the filters and the
// popup name it "Pending invitation"; one the page dates, or the API, stays "old".

const URL = `${D}/apps/osc-fr1/shop-api-staging/settings/collaborators`;
let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});

const invitationRead = (file: string): Finding => {
  loadFixture(file);
  const rows = readPage(document.body, dashboardPage(URL));
  const { next } = mergeReading(null, { url: URL, region: 'osc-fr1', rows, at: demo.now });
  const found = pageReview(next, demo.policy, [], demo.now).review.findings.find((f) => f.rule === 'stale-invitation');
  expect(found).toBeDefined();
  return found!;
};

describe('the short name of a pending invitation read from a page', () => {
  it('is "Pending invitation" / "Invitation en attente" when the page shows no date', () => {
    const f = invitationRead('app-collaborators-shop-api-staging.html');
    expect(inLanguage('en', () => ruleWords(f.rule, f))).toBe('Pending invitation');
    expect(inLanguage('fr', () => ruleWords(f.rule, f))).toBe('Invitation en attente');
    expect(inLanguage('en', () => ruleWordsAmong(f.rule, [f]))).toBe('Pending invitation');
  });

  it('stays "Old pending invitation" when the page dates it, or from the API', () => {
    const dated = invitationRead('variants/app-collaborators-shop-api-staging-dated.html');
    expect(inLanguage('en', () => ruleWords(dated.rule, dated))).toBe('Old pending invitation');
    const api = demo.review.findings.find((f) => f.rule === 'stale-invitation')!;
    expect(inLanguage('en', () => ruleWords(api.rule, api))).toBe('Old pending invitation');
    expect(inLanguage('fr', () => ruleWords(api.rule, api))).toBe('Invitation ancienne en attente');
  });

  it('names the filter "Old pending invitation" only when none of its findings is undated', () => {
    const undated = invitationRead('app-collaborators-shop-api-staging.html');
    const dated = invitationRead('variants/app-collaborators-shop-api-staging-dated.html');
    expect(inLanguage('en', () => ruleWordsAmong('stale-invitation', [undated]))).toBe('Pending invitation');
    // Some undated: "pending" is true of them all, "old" is not.
    expect(inLanguage('en', () => ruleWordsAmong('stale-invitation', [undated, dated]))).toBe('Pending invitation');
    expect(inLanguage('en', () => ruleWordsAmong('stale-invitation', [dated]))).toBe('Old pending invitation');
  });
});
