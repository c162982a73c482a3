import { describe, expect, it } from 'vitest';
import { pageDomains, pageReview } from '../../../lib/pages/page-review';
import type { PageRow, PageSnapshot } from '../../../lib/pages/reading';
import { pagesToSnapshot } from '../../../lib/pages/to-snapshot';
import { parsePolicy } from '../../../lib/policy';

// Without trusted domains in the policy, the pages guess the team's domain: one page must not
// make a public mail provider (everyone's domain) trusted for every app.

const row = (app: string, email: string, role: PageRow['role']): PageRow => ({
  email,
  role,
  tfa: null,
  pending: false,
  deleted: false,
  app,
});
const pages = (rows: PageRow[]): PageSnapshot => ({
  version: 1,
  apps: [...new Set(rows.map((r) => r.app))].map((name) => ({
    name,
    region: 'osc-fr1',
    readAt: '2026-11-30T10:00:00.000Z',
    url: 'https://dashboard.scalingo.com/collaborators',
    rows: rows.filter((r) => r.app === name),
  })),
});
const domains = (rows: PageRow[]) => pageDomains(pagesToSnapshot(pages(rows), 90));

describe('the domain the pages trust', () => {
  it('never trusts a public mail domain, even when it owns an app', () => {
    const rows = [
      row('shop', 'alice@acme.example', 'owner'),
      row('blog', 'alice@acme.example', 'owner'),
      row('side', 'x@gmail.com', 'owner'),
      row('side', 'lea@gmail.com', 'collaborator'),
    ];
    expect(domains(rows)).toEqual({ shop: 'acme.example', blog: 'acme.example', side: null });
  });

  it.each(['outlook.com', 'yahoo.fr', 'gmx.de', 'free.fr', 'proton.me', 'laposte.net'])(
    'trusts nothing when the only owner is at %s',
    (domain) => {
      expect(domains([row('side', `x@${domain}`, 'owner'), row('side', `y@${domain}`, 'limited')])).toEqual({
        side: null,
      });
    },
  );
});

describe('an app whose team domain is unknown', () => {
  const judge = (rows: PageRow[]) => pageReview(pages(rows), parsePolicy({}), [], new Date('2026-11-30T12:00:00Z'));
  const externalOf = (rows: PageRow[]) =>
    judge(rows)
      .review.findings.filter((f) => f.rule === 'external-domain')
      .map((f) => `${f.app?.name} ${f.person?.email}`);

  it('calls nobody external on an app owned at a public mail provider', () => {
    const rows = [
      row('shop', 'alice@acme.example', 'owner'),
      row('side', 'bob@gmail.com', 'owner'),
      row('side', 'bob2@gmail.com', 'collaborator'),
    ];
    expect(externalOf(rows)).toEqual([]);
    expect(judge(rows).domains).toEqual({ shop: 'acme.example', side: null });
  });

  it('takes the domain other apps’ owners agree on for an app whose owner the pages do not show', () => {
    const docs = [row('docs', 'max@other.example', 'collaborator'), row('docs', 'eve@acme.example', 'collaborator')];
    // Alone, nothing tells the team's domain: no one is called external (a finding says so instead).
    expect(externalOf(docs)).toEqual([]);
    expect(judge(docs).review.findings.map((f) => f.rule)).toEqual(['team-domain-unknown']);
    // Another app's page shows its owner at acme.example: docs is judged by it.
    expect(externalOf([...docs, row('shop', 'alice@acme.example', 'owner')])).toEqual(['docs max@other.example']);
    // Owners at two domains: no guess.
    const two = [...docs, row('shop', 'alice@acme.example', 'owner'), row('lab', 'olga@other.example', 'owner')];
    expect(externalOf(two)).toEqual([]);
  });
});

describe('each app judged by its own owner’s domain', () => {
  // Two owners' domains: most apps belong to other.example, "lab" to acme.example.
  const rows = [
    row('shop', 'olga@other.example', 'owner'),
    row('shop', 'eve@acme.example', 'collaborator'),
    row('blog', 'olga@other.example', 'owner'),
    row('lab', 'alice@acme.example', 'owner'),
    row('lab', 'bob@acme.example', 'collaborator'),
    row('lab', 'max@other.example', 'collaborator'),
  ];
  const external = () =>
    pageReview(pages(rows), parsePolicy({}), [], new Date('2026-11-30T12:00:00Z'))
      .review.findings.filter((f) => f.rule === 'external-domain')
      .map((f) => `${f.app?.name} ${f.person?.email}`)
      .sort();

  it('treats an app’s owner’s domain as inside, even when most apps belong to another domain', () => {
    expect(external()).toEqual(['lab max@other.example', 'shop eve@acme.example']);
  });

  it('says which domain each app was judged with', () => {
    const used = pageReview(pages(rows), parsePolicy({}), [], new Date('2026-11-30T12:00:00Z')).domains;
    expect(used).toEqual({ blog: 'other.example', lab: 'acme.example', shop: 'other.example' });
  });
});
