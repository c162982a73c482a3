// The overlay's elements: each a custom tag with an open shadow root, so the dashboard's
// styles cannot change them and ours cannot leak out. Every text is set with textContent, so
// a name holding markup stays text. (Open, not closed, so tests read them without a hook in the
// build; the dashboard's scripts can read them too: the review's advice on that page's people,
// and a chip's evidence while its panel is open. SECURITY.md, "What we do not promise".)

export const BASE_STYLE = `
:host { all: initial; font: 12px/1.5 system-ui, sans-serif; color: #1c2434; }
button { font: inherit; cursor: pointer; }
.ok { color: #1a7f37; background: #e8f6ec; border-color: #1a7f37; }
.warn { color: #8a5a00; background: #fff4d6; border-color: #8a5a00; }
.danger { color: #b42318; background: #fdecea; border-color: #b42318; }
.neutral { color: #334155; background: #eef2f6; border-color: #334155; }
`;

/** The host of `tag` inside `parent` (created once, then reused) and its shadow root. */
export function hostIn(
  parent: Element,
  tag: string,
  style: string,
  where: 'append' | 'before' | 'after' = 'append',
): ShadowRoot {
  const existing = where === 'append' ? parent.querySelector(`:scope > ${tag}`) : sibling(parent, tag, where);
  if (existing?.shadowRoot) return existing.shadowRoot;
  existing?.remove(); // a copy the page made while re-rendering: copies have no shadow root
  const shadow = createHost(parent.ownerDocument, tag, style);
  const host = shadow.host;
  if (where === 'append') parent.append(host);
  else if (where === 'before') parent.before(host);
  else parent.after(host);
  return shadow;
}

/** A new host of `tag`, not yet in the page, and its shadow root with the overlay's style. */
export function createHost(doc: Document, tag: string, style: string): ShadowRoot {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc, style);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else shadow.append(Object.assign(doc.createElement('style'), { textContent: BASE_STYLE + style }));
  return shadow;
}

// One parsed stylesheet per kind of element, shared by all their shadow roots: 300 chips then
// cost one parse and one rule set, not 300. Where a constructed sheet cannot be adopted (a
// browser or test DOM without them), a <style> per root, as before.
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

function sharedSheet(doc: Document, style: string): CSSStyleSheet | null {
  const byStyle = sheets.get(doc) ?? new Map<string, CSSStyleSheet | null>();
  sheets.set(doc, byStyle);
  if (!byStyle.has(style)) byStyle.set(style, constructed(doc, BASE_STYLE + style));
  return byStyle.get(style)!;
}

function constructed(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet) return null;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    // Adopting checks the sheet belongs to this document: try it once on a detached root.
    doc.createElement('div').attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    return sheet;
  } catch {
    return null;
  }
}

function sibling(el: Element, tag: string, where: 'before' | 'after'): Element | null {
  const s = where === 'before' ? el.previousElementSibling : el.nextElementSibling;
  return s?.localName === tag ? s : null;
}

/** An element with text, built without markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Removes every element the overlay added under `root`. */
export function removeOverlay(root: ParentNode, tags: string): void {
  root.querySelectorAll(tags).forEach((n) => n.remove());
}

/** The overlay's elements it took out of the page itself (observe.ts: its own change, no redraw). */
export const droppedByUs = new WeakSet<Node>();

/** Removes one of the overlay's elements, as its own change. */
export function dropOwn(el: Element): void {
  droppedByUs.add(el);
  el.remove();
}
