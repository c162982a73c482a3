/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { mergeReading } from '../../../lib/pages/merge';
import { eventFreeFindings, pageReview, PAGE_RULES } from '../../../lib/pages/page-review';
import { domainOf } from '../../../lib/engine/context';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from '../overlay-page/fixture';
import { messageText } from '../../../lib/ui/message-text';
import { URGENCY } from '../../../lib/engine/priority';
import { D, FIXTURES, MIXED_OWNERS } from './page-fixtures';
import { restrictToPage, type PageShows } from './restrict';
import { unknownDomains } from '../../../lib/pages/team-domain';

// On every dashboard fixture, the page-only review (read from the page, no token) equals the
// API review of the demo restricted to the rules that need no event and to what the page shows,
// people named as the API names them (their username) where the page shows names.
// What the API review has beyond that is right to differ: findings that need events (unused full
// access, no activity, escalation), the review-app and repository rules (they need the API's parent
// link, creation date and repository), and 2FA where the page has no 2FA column (payments-secnum's
// farid has none per the API; his page does not say so, so the pages give "2FA unknown"). What a
// page cannot show is declared per fixture (page-fixtures.ts), never read back from the page.

const email = (who: string) => (who.includes('@') ? who : `${who}@acme.example`);

let demo: Demo;
let mixed: Demo;
beforeAll(async () => {
  demo = await scanDemo();
  mixed = await scanDemo({}, MIXED_OWNERS);
});

/** The domain an app's people are judged by: the scan's trusted one, unless the fixture declares the page cannot show it. */
const judgedBy = (shows: PageShows, app: string, trusted: string) =>
  shows.domains && Object.hasOwn(shows.domains, app) ? shows.domains[app]! : trusted;

describe.each(FIXTURES)('the page-only review of $file', ({ file, url, shows, account }) => {
  it('equals the API review restricted to the event-free rules and to what the page shows', () => {
    const scan = account ? mixed : demo;
    loadFixture(file);
    const page = dashboardPage(url);
    const rows = readPage(document.body, page);
    const region = page.kind === 'app' ? page.region : null;
    const { next } = mergeReading(null, { url, region, rows, at: scan.now });
    const fromPagesReview = pageReview(next, scan.policy, [], scan.now);
    const fromPages = fromPagesReview.review.findings;

    const people = Object.fromEntries(Object.entries(shows.people).map(([app, who]) => [app, who.map(email)]));
    const restricted = restrictToPage(scan.snapshot, { ...shows, people });
    // The API review trusts the scanning account's domain: the pages must come to the same, app
    // by app, except where the fixture declares the page cannot tell it (shows.domains).
    const trusted = domainOf(scan.snapshot.me.email);
    const policy = { ...scan.policy, trustedDomains: [trusted] };
    const external = restricted.apps.flatMap((app) => {
      const domain = judgedBy(shows, app.name, trusted);
      if (domain === null) return [];
      const part = {
        ...restricted,
        apps: [app],
        assignments: restricted.assignments.filter((a) => a.appId === app.id),
      };
      return eventFreeFindings(part, { ...policy, trustedDomains: [domain] }, scan.now).filter(
        (f) => f.rule === 'external-domain',
      );
    });
    // Where the page cannot tell the team's domain (no owner shown), the review says so instead.
    const judgedDomains = Object.fromEntries(restricted.apps.map((a) => [a.name, judgedBy(shows, a.name, trusted)]));
    const fromApi = [
      ...eventFreeFindings(restricted, policy, scan.now).filter((f) => f.rule !== 'external-domain'),
      ...external,
      ...unknownDomains(restricted, judgedDomains),
    ].sort((a, b) => URGENCY[a.priority] - URGENCY[b.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Every person read, as the API lists them on that page (a row misread gives no finding, but
    // shows here); a deleted account's row shows no role ("User account deleted").
    const who = (snap: typeof restricted) =>
      snap.assignments
        .map((a) => {
          const role = a.status === 'deleted' ? '?' : a.role;
          return `${snap.apps.find((x) => x.id === a.appId)!.name} ${a.email} ${a.username} ${role} ${a.status}`;
        })
        .sort();
    expect(who(fromPagesReview.snapshot)).toEqual(who(restricted));
    // The same findings, each saying it was read from a page (medium confidence at most), a
    // person named by a name shown with their e-mail beside it.
    const named = (f: (typeof fromApi)[number]) => {
      const person = f.title.vars?.person;
      if (!f.person || typeof person !== 'string' || person === f.person.email) return f.title;
      return { ...f.title, vars: { ...f.title.vars, person: `${person} (${f.person.email})` } };
    };
    const pageShows = (f: (typeof fromApi)[number]) => ({
      ...f,
      title: named(f),
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
    expect(invite?.evidence).toContainEqual({ key: 'evidence.pageNoDate' });
    expect(found.some((f) => f.rule === 'missing-2fa')).toBe(false);
  });

  it('finds too many full collaborators on shop-frontend, whose page shows six, by name', () => {
    const found = findingsOf(
      'app-collaborators-shop-frontend.html',
      `${D}/apps/osc-fr1/shop-frontend/settings/collaborators`,
    );
    const tooMany = found.filter((f) => f.rule === 'too-many-full');
    expect(tooMany.map((f) => messageText(f.title))).toEqual(['shop-frontend has 6 full Collaborators']);
    expect(tooMany[0]!.evidence).toContainEqual({
      key: 'evidence.fullNames',
      // Named as the page names them (its cards show each username), as the API review names them.
      vars: { names: 'bruno, chloe, emma, hugo, lea-freelance, max-pixel' },
    });
  });
});

describe('what the pages support where apps have owners at different domains', () => {
  it('judges each app by its own owner’s domain, and guesses no company from a public mail domain', () => {
    loadFixture('other-accounts/collaborators-mixed-owners.html');
    const url = `${D}/collaborators`;
    const rows = readPage(document.body, dashboardPage(url));
    const { next } = mergeReading(null, { url, region: null, rows, at: mixed.now });
    const judged = pageReview(next, mixed.policy, [], mixed.now);
    expect(judged.domains).toEqual({
      'acme-shop': 'acme.example',
      'globex-api': 'globex.example',
      'side-project': null,
    });
    const external = judged.review.findings.filter((f) => f.rule === 'external-domain');
    // Not everyone external: acme's people on acme's app, globex's on globex's, none on jo's.
    expect(external.map((f) => `${f.app!.name} ${f.person!.email}`).sort()).toEqual([
      'acme-shop max@pixel-agency.example',
      'globex-api sam@acme.example',
    ]);
  });
});

describe('2FA where the page shows it', () => {
  it('finds "no 2FA" from a 2FA column, and only there', () => {
    loadFixture('variants/app-collaborators-payments-secnum-2fa.html');
    const url = `${D}/apps/osc-secnum-fr1/payments-secnum/settings/collaborators`;
    const rows = readPage(document.body, dashboardPage(url));
    const { next } = mergeReading(null, { url, region: 'osc-secnum-fr1', rows, at: demo.now });
    const found = pageReview(next, demo.policy, [], demo.now).review.findings;
    expect(found.filter((f) => f.rule === 'missing-2fa').map((f) => `${f.priority} ${f.person!.email}`)).toEqual([
      'P1 farid@acme.example',
    ]);
  });
});
