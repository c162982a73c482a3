/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { mergeReading } from '../../../lib/pages/merge';
import type { PageSnapshot } from '../../../lib/pages/reading';
import { pageReview } from '../../../lib/pages/page-review';
import { parsePolicy } from '../../../lib/policy';
import { messageText } from '../../../lib/ui/message-text';
import { loadFixture } from '../overlay-page/fixture';
import { D } from './page-fixtures';

// The account-wide page grouped by person shows no owner: alone, it cannot tell the team's
// domain, and must not pass for an all-clear (max@pixel-agency.example, full on two apps, got a
// calm chip and the popup "Nothing to review"). The domain comes from what is known: the trusted
// domains the user set, or the owners another page showed; else the review says it cannot tell.

const NOW = new Date('2026-11-30T12:00:00Z');
const BY_PERSON = `${D}/collaborators?group=person`;

function read(prev: PageSnapshot | null, file: string, url: string): PageSnapshot {
  loadFixture(file);
  const page = dashboardPage(url);
  const rows = readPage(document.body, page);
  return mergeReading(prev, { url, region: page.kind === 'app' ? page.region : null, rows, at: NOW }).next;
}
const titles = (r: ReturnType<typeof pageReview>) => r.review.findings.map((f) => messageText(f.title));

describe('the page grouped by person, visited alone', () => {
  it('says who is outside the team cannot be told, and max’s chip is not calm', () => {
    const judged = pageReview(read(null, 'collaborators-by-person.html', BY_PERSON), parsePolicy({}), [], NOW);
    expect(titles(judged)).toContain(
      'Cannot tell who is outside the team on shop-frontend: visit an app’s collaborators page or set your team’s domains',
    );
    expect(judged.review.summary.score).toBeLessThan(100);
    const max = overlayOfPeople(judged.snapshot, judged.review, NOW).people.find(
      (p) => p.email === 'max@pixel-agency.example' && p.app === null,
    )!;
    expect(max.tone).not.toBe('ok');
    expect(max.findings.map((f) => f.title)).toContain(
      'Cannot tell who is outside the team on shop-frontend: visit an app’s collaborators page or set your team’s domains',
    );
  });

  it('judges external access by the trusted domains the user set', () => {
    const policy = parsePolicy({ trustedDomains: ['acme.example'] });
    const judged = pageReview(read(null, 'collaborators-by-person.html', BY_PERSON), policy, [], NOW);
    expect(titles(judged)).toContain('max@pixel-agency.example has full access to shop-frontend from outside the team');
    expect(titles(judged).some((t) => t.startsWith('Cannot tell'))).toBe(false);
  });

  it('judges external access by the owners another page showed', () => {
    let pages = read(
      null,
      'app-collaborators-marketing-site.html',
      `${D}/apps/osc-fr1/marketing-site/settings/collaborators`,
    );
    pages = read(pages, 'collaborators-by-person.html', BY_PERSON);
    const judged = pageReview(pages, parsePolicy({}), [], NOW);
    // Named as marketing-site's page names him.
    expect(titles(judged)).toContain(
      'max-pixel (max@pixel-agency.example) has full access to shop-frontend from outside the team',
    );
    expect(titles(judged).some((t) => t.startsWith('Cannot tell'))).toBe(false);
  });
});
