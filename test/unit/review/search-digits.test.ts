import { describe, expect, it } from 'vitest';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import { ALL, filterFindings } from '../../../lib/review/filter';

// Issue #19: a number reads grouped in the interface ("1,200 days", French "1 200 jours") while
// a person types it as digits: the review's search matches it with or without the separator.

const finding = (id: string, title: string) =>
  ({ id, priority: 'P2', rule: 'stale', title, app: null, person: null }) as unknown as ReviewedFinding;
const findings = [
  finding('en', 'Token unused for 1,200 days'),
  finding('fr', 'Jeton inutilisé depuis 1\u202f200 jours'),
  finding('other', 'Requests on apps 1, 200 and 300'),
];
const search = (text: string) =>
  filterFindings(findings, [], { ...ALL, search: text }, (f) => f.title as unknown as string).map((f) => f.id);

describe('the review search and grouped numbers', () => {
  it('finds "1,200" and "1 200" when the digits are typed plainly', () => {
    expect(search('1200')).toEqual(['en', 'fr']);
  });

  it('finds them typed grouped too, in either language', () => {
    expect(search('1,200')).toEqual(['en', 'fr']);
    expect(search('1\u202f200')).toEqual(['en', 'fr']);
  });

  it('does not join numbers a comma separates in words', () => {
    expect(search('1200')).not.toContain('other');
    expect(search('1, 200')).toEqual(['other']);
  });
});
