import { describe, expect, it } from 'vitest';
import { mergeReading } from '../../../lib/pages/merge';
import type { PageRow } from '../../../lib/pages/page-row';
import { pageReview } from '../../../lib/pages/page-review';
import type { PageSnapshot } from '../../../lib/pages/reading';
import { messageText } from '../../../lib/ui/message-text';
import { parsePolicy } from '../../../lib/policy';
import { row } from './page-service';

// A page can mislead the advice about the apps it shows, and the names of the people it lists: it
// must not rename a person on findings about apps it does not show. A page-only finding names
// someone by a name only the readings agree on, with the e-mail beside it; a deleted account has
// no name (nothing ties the name shown to a user any more).

const app = (name: string) => `https://dashboard.scalingo.com/apps/osc-fr1/${name}/settings/collaborators`;
const at = new Date('2026-08-01T09:00:00.000Z');
const policy = parsePolicy({ trustedDomains: ['acme.example'] });
const read = (prev: PageSnapshot | null, name: string, rows: PageRow[]) =>
  mergeReading(prev, { url: app(name), region: 'osc-fr1', rows, at }).next;
const titles = (pages: PageSnapshot) =>
  pageReview(pages, policy, [], at).review.findings.map((f) => messageText(f.title));

const marketing = [
  row('marketing-site', 'paul@acme.example', { role: 'owner', name: 'paul' }),
  row('marketing-site', 'max@pixel-agency.example', { name: 'max-pixel' }),
];

describe('a name shown on the pages', () => {
  it('is shown with the e-mail in a page-only finding', () => {
    expect(titles(read(null, 'marketing-site', marketing))).toContain(
      'max-pixel (max@pixel-agency.example) has full access to marketing-site from outside the team',
    );
  });

  it('is not taken from a page that disagrees: the e-mail names the person instead', () => {
    let pages = read(null, 'marketing-site', marketing);
    const hostile = [
      row('aaa-hostile', 'paul@acme.example', { role: 'owner', name: 'paul' }),
      row('aaa-hostile', 'max@pixel-agency.example', { role: 'limited', name: 'alice' }),
    ];
    pages = read(pages, 'aaa-hostile', hostile);
    const found = titles(pages);
    expect(found).toContain('max@pixel-agency.example has full access to marketing-site from outside the team');
    expect(found.some((t) => t.includes('alice'))).toBe(false);
  });

  it('is none for a deleted account: its finding names the e-mail', () => {
    const rows = [...marketing, row('marketing-site', 'gone@acme.example', { deleted: true, name: 'ghost' })];
    const found = titles(read(null, 'marketing-site', rows));
    expect(found.filter((t) => t.includes('gone@acme.example'))).toHaveLength(1);
    expect(found.some((t) => t.includes('ghost'))).toBe(false);
  });
});
