/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  holds,
  inRowOrLine,
  LINE_ROWS,
  lineKind,
  lineParent,
  releaseLine,
  sweepLines,
} from '../../../lib/overlay-page/line';
import { findRows } from '../../../lib/overlay-page/selectors';
import { loadFixture } from './fixture';

// A table's chip on a line of its own sits in a row of ours right after its person's row
// (lib/overlay-page/line.ts): one cell across every column, never read as a person's row, and
// gone with its person's row. The layout itself is checked in Chromium (overlay-line.spec.ts).

const EMAIL = 'chloe@acme.example';
const rowOf = (email: string) => findRows(document.body, [email]).get(email)!;
const chipOnLine = (row: Element) => {
  const host = document.createElement('sar-badge');
  lineParent(row, lineKind(row), host).append(host);
  return host;
};

describe('a table row’s line', () => {
  beforeEach(() => loadFixture('app-collaborators-shop-api-staging.html'));

  it('is a row of ours right after the person’s, one cell across every column', () => {
    const row = rowOf(EMAIL);
    const host = chipOnLine(row);
    const line = row.nextElementSibling!;
    expect(line.matches(LINE_ROWS)).toBe(true);
    expect((line.firstElementChild as HTMLTableCellElement).colSpan).toBe(5);
    expect(holds(row, host)).toBe(true);
    expect(inRowOrLine(row, 'sar-badge')).toBe(host);
  });

  it('is never read as a person’s row, and the person’s row is still found', () => {
    const row = rowOf(EMAIL);
    chipOnLine(row);
    expect(rowOf(EMAIL)).toBe(row);
    expect(findRows(document.body, [EMAIL]).size).toBe(1);
  });

  it('goes with its row, follows it when the page moves it, and goes when its chip moves elsewhere', () => {
    const tbody = document.querySelector('tbody')!;
    const row = rowOf(EMAIL);
    chipOnLine(row);
    tbody.prepend(row); // the page re-sorts: the line is left behind
    sweepLines(document.body);
    expect(row.nextElementSibling?.matches(LINE_ROWS)).toBe(true);
    expect(document.querySelectorAll(LINE_ROWS)).toHaveLength(1);
    row.remove(); // the page drops the person's row
    sweepLines(document.body);
    expect(document.querySelectorAll(LINE_ROWS)).toHaveLength(0);

    const other = rowOf('bruno@acme.example');
    chipOnLine(other);
    releaseLine(other); // the chip went beside the e-mail: no empty line row left
    expect(document.querySelectorAll(LINE_ROWS)).toHaveLength(0);
  });
});
