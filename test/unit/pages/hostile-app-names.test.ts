import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { EMPTY_PAGES, mergeReading } from '../../../lib/pages/merge';
import { sourceLine } from '../../../lib/pages/page-export';
import { pageDomains, pageReview } from '../../../lib/pages/page-review';
import { PageRow } from '../../../lib/pages/page-row';
import { PageSnapshot } from '../../../lib/pages/reading';
import { pagesToSnapshot } from '../../../lib/pages/to-snapshot';
import { parsePolicy } from '../../../lib/policy';

// A hostile page names its "apps" after the keys every object has (`__proto__`, `constructor`,
// `toString`): none may reach a person, a domain or an export line as if it were data.

const at = new Date('2026-11-20T09:00:00.000Z');
const row = (app: string, email: string, role: PageRow['role'] = 'collaborator') => ({
  email,
  role,
  tfa: null,
  pending: false,
  deleted: false,
  app,
});
const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

beforeEach(() => setLanguage('en'));

describe('app names a page can send', () => {
  it.each([...KEYS.filter((k) => k !== 'constructor'), 'Shop', 'shop.api', 'shop_api', '-shop', 'shop api', ''])(
    'refuse %j',
    (name) => {
      expect(PageRow.safeParse(row(name, 'x@acme.example')).success).toBe(false);
    },
  );

  // "constructor" is a name Scalingo allows: the pieces after the schema must handle it (below).
  it.each(['shop', 'shop-api-production-pr42', 'app2', '2fa-app', 'constructor'])(
    'accept %j (Scalingo’s characters)',
    (name) => {
      expect(PageRow.safeParse(row(name, 'x@acme.example')).success).toBe(true);
    },
  );
});

describe('object keys as app names, past the schema', () => {
  // The pieces after the schema must not lean on it: each looks names up as own keys only.
  const pages = PageSnapshot.parse(EMPTY_PAGES);
  const hostile = {
    ...pages,
    apps: KEYS.map((name) => ({
      name,
      region: null,
      readAt: at.toISOString(),
      url: 'https://dashboard.scalingo.com/collaborators',
      rows: [row(name, 'alice@acme.example', 'owner'), row(name, 'max@agency.example')],
    })),
  };

  it('gives each its own domain, and the prototype of the map stays untouched', () => {
    const domains = pageDomains(pagesToSnapshot(hostile, 30));
    for (const name of KEYS) expect(Object.getOwnPropertyDescriptor(domains, name)?.value).toBe('acme.example');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('judges each by its own owner, as any app', () => {
    const { review } = pageReview(hostile, parsePolicy({}), [], at);
    const external = review.findings.filter((f) => f.rule === 'external-domain').map((f) => f.app!.name);
    expect(external.sort()).toEqual([...KEYS].sort());
  });

  it('prints an export’s source line without "[object Object]" or a function', () => {
    const line = sourceLine(KEYS.map((app) => ({ app, region: null, readAt: at.toISOString() })));
    expect(line).not.toMatch(/object Object|function|native code/);
    expect(line).toContain('toString (2026-11-20T09:00:00.000Z)');
  });

  it('are not stored as read apps, but for "constructor", stored as itself', () => {
    const merged = mergeReading(null, {
      url: 'https://dashboard.scalingo.com/collaborators',
      region: null,
      rows: KEYS.map((k) => row(k, 'x@acme.example')),
      at,
    });
    expect(merged.next.apps.map((a) => [a.name, a.rows.map((r) => r.email)])).toEqual([
      ['constructor', ['x@acme.example']],
    ]);
  });
});
