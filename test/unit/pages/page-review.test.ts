/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { mergeReading } from '../../../lib/pages/merge';
import { eventFreeFindings, pageReview, PAGE_RULES } from '../../../lib/pages/page-review';
import { domainOf } from '../../../lib/engine/context';
import { isPublicMailDomain } from '../../../lib/pages/public-mail';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from '../overlay-page/fixture';
import { messageText } from '../../../lib/ui/message-text';
import { D, FIXTURES } from './page-fixtures';
import { restrictToPage } from './restrict';

// On every dashboard fixture, the page-only review (read from the page, no token) equals the
// API review of the demo restricted to the rules that need no event and to what the page shows.
// What the API review has beyond that is right to differ: findings that need events (unused full
// access, no activity, escalation), the review-app and repository rules (they need the API's parent
// link, creation date and repository), and 2FA where the page has no 2FA column (payments-secnum's
// farid has none per the API; his page does not say so, so the pages give "2FA unknown").

const email = (who: string) => (who.includes('@') ? who : `${who}@acme.example`);

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});

describe.each(FIXTURES)('the page-only review of $file', ({ file, url, shows }) => {
  it('equals the API review restricted to the event-free rules and to what the page shows', () => {
    loadFixture(file);
    const page = dashboardPage(url);
    const rows = readPage(document.body, page);
    const region = page.kind === 'app' ? page.region : null;
    const { next } = mergeReading(null, { url, region, rows, at: demo.now });
    const fromPagesReview = pageReview(next, demo.policy, [], demo.now);
    const fromPages = fromPagesReview.review.findings;

    const people = Object.fromEntries(Object.entries(shows.people).map(([app, who]) => [app, who.map(email)]));
    const restricted = restrictToPage(demo.snapshot, { ...shows, people });
    // The API review trusts the scanning account's domain: the pages must come to the same.
    const policy = { ...demo.policy, trustedDomains: [domainOf(demo.snapshot.me.email)] };
    // A page tells the team's domain only through an app's owner at a company domain: elsewhere
    // that domain is unknown and nobody can be called external.
    const ownerKnown = new Set(
      restricted.apps
        .filter((a) => a.owner.email.includes('@') && !isPublicMailDomain(domainOf(a.owner.email)))
        .map((a) => a.name),
    );
    const fromApi = eventFreeFindings(restricted, policy, demo.now).filter(
      (f) => f.rule !== 'external-domain' || ownerKnown.has(f.app!.name),
    );
    // Every person read, as the API lists them on that page (a row misread gives no finding, but
    // shows here); a deleted account's row shows no role ("User account deleted").
    const who = (snap: typeof restricted) =>
      snap.assignments
        .map((a) => {
          const role = a.status === 'deleted' ? '?' : a.role;
          return `${snap.apps.find((x) => x.id === a.appId)!.name} ${a.email} ${role} ${a.status}`;
        })
        .sort();
    expect(who(fromPagesReview.snapshot)).toEqual(who(restricted));
    // The same findings, each saying it was read from a page (medium confidence at most).
    const pageShows = (f: (typeof fromApi)[number]) => ({
      ...f,
      confidence: {
        level: f.confidence.level === 'high' ? 'medium' : f.confidence.level,
        why: { key: 'confidence.pageShows' },
      },
    });
    expect(fromPages.map(({ state: _s, acceptance: _a, expiredAcceptance: _e, ...f }) => f)).toEqual(
      fromApi.map(pageShows),
    );
  });
});

describe('what the pages support on the demo', () => {
  const findingsOf = (file: string, url: string) => {
    loadFixture(file);
    const page = dashboardPage(url);
    const rows = readPage(document.body, page);
    const { next } = mergeReading(null, { url, region: page.kind === 'app' ? page.region : null, rows, at: demo.now });
    return pageReview(next, demo.policy, [], demo.now).review.findings;
  };

  it('finds external full access on the account-wide page, and no rule that needs events', () => {
    const found = findingsOf('collaborators.html', `${D}/collaborators`);
    expect(found.filter((f) => f.rule === 'external-domain').map((f) => `${f.app!.name} ${f.person!.email}`)).toEqual([
      'marketing-site lea.dev.freelance@gmail.com',
      'marketing-site max@pixel-agency.example',
    ]);
    expect(found.every((f) => (PAGE_RULES as readonly string[]).includes(f.rule))).toBe(true);
  });

  it('finds the pending invitation the app page shows, undated, and never "2FA missing" where 2FA is not shown', () => {
    const found = findingsOf(FIXTURES[0]!.file, FIXTURES[0]!.url);
    const invite = found.find((f) => f.rule === 'stale-invitation');
    expect(invite?.person?.email).toBe('nina@acme.example');
    expect(invite?.evidence).toContainEqual({ key: 'evidence.invitedUnknown' });
    expect(found.some((f) => f.rule === 'missing-2fa')).toBe(false);
  });

  it('finds too many full collaborators on shop-frontend, whose page shows six', () => {
    const found = findingsOf(
      'app-collaborators-shop-frontend.html',
      `${D}/apps/osc-fr1/shop-frontend/settings/collaborators`,
    );
    const tooMany = found.filter((f) => f.rule === 'too-many-full');
    expect(tooMany.map((f) => messageText(f.title))).toEqual(['shop-frontend has 6 full Collaborators']);
    expect(tooMany[0]!.evidence).toContainEqual({
      key: 'evidence.fullNames',
      vars: {
        names:
          'bruno@acme.example, chloe@acme.example, emma@acme.example, hugo@acme.example, lea.dev.freelance@gmail.com, max@pixel-agency.example',
      },
    });
  });
});
