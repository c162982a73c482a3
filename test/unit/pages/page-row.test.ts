import { describe, expect, it } from 'vitest';
import { PageRow } from '../../../lib/pages/page-row';

// A page-read row's e-mail is written by a hostile or odd page: only a plain address passes (one
// @, a dotted domain, no space, angle bracket or Markdown), since it becomes a person, a domain
// judged inside or external, and text in the views and exports.

const row = (email: string) => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app: 'shop',
});
const accepted = (email: string) => PageRow.safeParse(row(email)).success;

describe('the e-mail of a page-read row', () => {
  it.each([
    'alice@acme.example',
    'lea.dev.freelance@gmail.com',
    'max@pixel-agency.example',
    'first+tag@mail.acme.co.uk',
    'Bruno.Dupont@Acme.FR',
  ])('accepts %s', (email) => {
    expect(accepted(email)).toBe(true);
  });

  it.each([
    ['two @', 'alice@evil@acme.example'],
    ['no dot in the domain', 'alice@localhost'],
    ['a space', 'alice smith@acme.example'],
    ['angle brackets', '<alice@acme.example>'],
    ['an angle bracket in the domain', 'alice@acme.example>'],
    ['a Markdown link as the domain', 'x@[x](javascript:alert(1)).example'],
    ['a Markdown link as the local part', '[x](javascript:alert(1))@acme.example'],
    ['a table cell break', 'a|b@acme.example'],
    ['an empty label', 'alice@acme..example'],
    ['a label starting with a hyphen', 'alice@-acme.example'],
    ['a quote', '"alice"@acme.example'],
    ['a line break', 'alice@acme.example\n| x |'],
  ])('refuses %s', (_why, email) => {
    expect(accepted(email)).toBe(false);
  });

  it('keeps the address in lower case', () => {
    expect(PageRow.parse(row('Bruno.Dupont@Acme.FR')).email).toBe('bruno.dupont@acme.fr');
  });
});

describe('the name of a page-read row', () => {
  const named = (name: string) => PageRow.safeParse({ ...row('max@agency.example'), name }).success;

  it.each([
    ['an @', 'alice@acme.example'],
    ['a fullwidth at-sign (U+FF20)', 'alice\uFF20acme.example'],
    ['a small at-sign (U+FE6B)', 'alice\uFE6Bacme.example'],
  ])('refuses one holding %s (it would pass for an address)', (_why, name) => {
    expect(named(name)).toBe(false);
  });

  it('accepts a plain name', () => {
    expect(named('Max Pixel')).toBe(true);
  });
});
