// Everything the extension reads from Scalingo's dashboard, in one place. The dashboard is a
// Vue app whose markup is not public and will change, so rows are found from what is stable:
// the e-mail addresses the background already knows for the app on screen. From the element
// that shows an e-mail, the nearest of these containers is the person's row.

/** Row containers, most specific first. Each: what it matches, and when it was assumed. */
export const ROW_CONTAINERS: readonly string[] = [
  'tr', // a table of collaborators (assumed 2026-11, from the dashboard's "table" look)
  '[role="row"]', // an ARIA grid built from divs
  'li', // a list of cards
  '[data-collaborator-id], [data-testid*="collaborator" i]', // framework/test attributes
  '[class*="collaborator" i]', // a class naming the item
];

/** Never annotate inside these: the extension's own badges, editable fields, scripts. */
const SKIP = 'script, style, textarea, input, [contenteditable="true"], sar-badge';

/**
 * Finds, for each known e-mail, the row showing it. Pure: reads the `root` it is given.
 * An e-mail shown twice (e.g. in a tooltip) keeps its first row.
 */
export function findRows(root: ParentNode, emails: readonly string[]): Map<string, Element> {
  const wanted = new Map(emails.map((e) => [e.trim().toLowerCase(), e]));
  const rows = new Map<string, Element>();
  if (wanted.size === 0) return rows;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    const text = node.textContent?.toLowerCase() ?? '';
    if (!text.includes('@')) continue;
    for (const [lower, original] of wanted) {
      if (rows.has(original) || !containsEmail(text, lower)) continue;
      rows.set(original, rowOf(parent));
    }
  }
  return rows;
}

function containsEmail(text: string, email: string): boolean {
  const at = text.indexOf(email);
  if (at < 0) return false;
  // Whole address only: "bob@acme.fr" must not match inside "jimbob@acme.fr".
  const before = text[at - 1];
  const after = text[at + email.length];
  return !isEmailChar(before) && !isEmailChar(after);
}

function isEmailChar(c: string | undefined): boolean {
  return c !== undefined && /[a-z0-9._%+-]/.test(c);
}

function rowOf(el: Element): Element {
  for (const selector of ROW_CONTAINERS) {
    const row = el.closest(selector);
    if (row && row !== el.ownerDocument.body) return row;
  }
  return el;
}
