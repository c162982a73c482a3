import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixRows } from '../../../lib/export/markdown-words';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { setLanguage, type Language } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import type { OverlayView } from '../../../lib/overlay-advice/types';
import { buildRecord } from '../../../lib/review/build-record';
import { messageText } from '../../../lib/ui/message-text';
import { scanDemo, type Demo } from './demo';

// Issue #19, item 4: one name per person everywhere. Over the demo account, a person whose
// account has a username is never shown by e-mail in a finding title, the overlay's texts or the
// Markdown pack's matrix; the e-mail stays reachable beside the name.

let demo: Demo;
let named: Map<string, string>; // e-mail → username
beforeAll(async () => {
  demo = await scanDemo();
  named = new Map(demo.snapshot.assignments.filter((a) => a.username).map((a) => [a.email.toLowerCase(), a.username!]));
});
afterAll(() => setLanguage('en'));

/** The named people's e-mails that `text` shows. */
const emailsIn = (text: string) => [...named.keys()].filter((email) => text.toLowerCase().includes(email));

/** Everything the overlay draws as text (the chip, the panel's name, titles and evidence, the banner). */
function shownTexts(view: OverlayView): string[] {
  return [
    view.banner.text,
    ...view.people.flatMap((p) => [p.name, p.chip, ...p.findings.flatMap((f) => [f.title, ...f.evidence])]),
  ];
}

describe.each<Language>(['en', 'fr'])('one name per person (%s)', (lang) => {
  it('the demo account has people with a username, so the test means something', () => {
    expect(named.size).toBeGreaterThan(5);
  });

  it('finding titles name a person by username, never by e-mail', () => {
    setLanguage(lang);
    const titles = demo.review.findings.map((f) => messageText(f.title));
    expect(titles.flatMap(emailsIn)).toEqual([]);
  });

  it('the overlay names a person by username, with the e-mail beside it', () => {
    setLanguage(lang);
    const views = demo.snapshot.apps
      .map((a) => overlayOfApp(demo.snapshot, demo.review, a.region, a.name, demo.now))
      .concat(overlayOfPeople(demo.snapshot, demo.review, demo.now))
      .filter((v): v is OverlayView => v !== null);
    expect(views.flatMap(shownTexts).flatMap(emailsIn)).toEqual([]);
    for (const p of views.flatMap((v) => v.people)) {
      expect(p.name).toBe(named.get(p.email.toLowerCase()) ?? p.email);
      expect(p.email).toMatch(/@/);
    }
  });

  it("the Markdown pack's matrix heads each row with the username; its access table keeps the e-mail", () => {
    setLanguage(lang);
    const record = buildRecord({
      snapshot: demo.snapshot,
      review: demo.review,
      policy: demo.policy,
      decisions: [],
      changes: [],
      now: demo.now,
    });
    const { rows } = matrixRows(lang, record.access);
    const heads = rows.map((r) => r[0]!);
    expect(heads.flatMap(emailsIn)).toEqual([]);
    expect(heads).toContain('bruno');
    const md = reviewToMarkdown(record);
    for (const email of named.keys()) expect(md.toLowerCase()).toContain(email);
  });
});
