/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { controlsIn } from '../../../lib/overlay-page/selectors';
import { loadFixture } from './fixture';

// Issue #15's review, item 1: a row that is itself the page's control (a person's `<summary>` on
// the account page grouped by person, a row that is a link or a button) is one of the controls a
// chip must not cover; `querySelectorAll` never returns the row it is called on.

describe('the page’s controls in a row', () => {
  it('count the row itself when it is a control (a person’s <summary>)', () => {
    loadFixture('collaborators-by-person.html');
    const summary = [...document.querySelectorAll('summary')].find((s) => s.textContent.includes('gaelle@'))!;
    expect(controlsIn(summary)).toContain(summary);
  });

  it.each(['<a href="/u/1">', '<button type="button">', '<div role="button" tabindex="0">'])(
    'count a row written %s',
    (open) => {
      const tag = /^<(\w+)/.exec(open)![1]!;
      document.body.innerHTML = `${open}<span>bob@acme.example</span> · Limited</${tag}>`;
      const row = document.body.firstElementChild!;
      expect(controlsIn(row)).toEqual([row]);
    },
  );

  it('leave out a row that is no control, and keep its controls', () => {
    document.body.innerHTML = '<li><span>bob@acme.example</span><button type="button">…</button></li>';
    const row = document.body.firstElementChild!;
    expect(controlsIn(row)).toEqual([row.querySelector('button')]);
  });
});
