import { columnsOf, iconLabels } from './selectors-cells';

// Where a page shows 2FA outside a row's own words: in a column of its own, whose heading says
// "2FA" over cells that say "Disabled" or "Oui", or as an icon named for it (aria-label, title).
// Read as "2FA <cell>" and "<label>" for read-page.ts's tfaShown; nothing else of the row is
// read here, so another column's "Disabled" (an account status) says nothing of 2FA.

const TFA = /(?<!\p{L})(2fa|a2f|two-factor|double authentification)(?!\p{L})/iu;

/** What a row shows of 2FA beside its words, one part per place ("" when it shows nothing). */
export function tfaBeside(row: Element): string {
  const parts: string[] = [];
  const table = columnsOf(row);
  table?.headings.forEach((heading, i) => {
    const cell = table.cells[i];
    if (cell && TFA.test(heading)) parts.push(`2FA ${(cell.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
  });
  for (const label of iconLabels(row)) if (TFA.test(label)) parts.push(label);
  return parts.join(' | ');
}
