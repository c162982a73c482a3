// What is wrong with the overlay's chips on the page on screen, in words ([] when nothing).
// Runs inside the page (`page.evaluate(placementProblems, …)`), so it is self-contained: the
// end-to-end placement matrix and the benchmark both call it. It reads the page as a person
// sees it: each chip inside its row's box and the window's width, its text whole (`clip`), the
// page's own controls and the chips each reachable under their centre (a chip under a control is
// as wrong as a control under a chip), and, compared with the same page with the chips hidden, no
// horizontal scroll gained (by the page or by an inner scroller, such as a scrolling table's box)
// and no element showing text (a name, an e-mail, even one holding the chip) cut shorter. It leaves every scroll position as it found it.

export interface PlacementOptions {
  /** Also check that no chip's text is clipped (asked at desktop widths). */
  clip: boolean;
  /** Check at most this many controls (the benchmark's 300-row page: a sample). */
  maxControls?: number;
}

export function placementProblems({ clip, maxControls = Infinity }: PlacementOptions): string[] {
  const problems: string[] = [];
  const OWN = 'sar-badge, sar-banner, sar-invite-hint';
  const ROWS = 'tr, [role="row"], li, summary, [data-testid="collaborator-row"]';
  const LINE = 'tr[data-sar-line]';
  const CONTROLS =
    'button, a[href], select, input:not([type="hidden"]), textarea, summary, [role="button"], [role="menuitem"]';
  const doc = document;
  const width = doc.documentElement.clientWidth;
  const inside = (a: DOMRect, b: DOMRect) =>
    a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  const union = (a: Element, b: Element) => {
    const [x, y] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    const [left, top] = [Math.min(x.left, y.left), Math.min(x.top, y.top)];
    return new DOMRect(left, top, Math.max(x.right, y.right) - left, Math.max(x.bottom, y.bottom) - top);
  };
  // A row of `display: contents` has no box: its cells' boxes together are the row a person sees.
  const rowRect = (row: Element) => {
    const own = row.getBoundingClientRect();
    if (own.width > 0 || own.height > 0 || !row.firstElementChild) return own;
    const all = [...row.children].map((c) => c.getBoundingClientRect()).filter((b) => b.width > 0 || b.height > 0);
    if (all.length === 0) return own;
    const [left, top] = [Math.min(...all.map((b) => b.left)), Math.min(...all.map((b) => b.top))];
    const [right, bottom] = [Math.max(...all.map((b) => b.right)), Math.max(...all.map((b) => b.bottom))];
    return new DOMRect(left, top, right - left, bottom - top);
  };
  const hosts = [...doc.querySelectorAll<HTMLElement>('sar-badge')];
  // Scrolling controls into view moves inner scrollers too: every position is put back at the end.
  const scrolled = [doc.scrollingElement ?? doc.documentElement, ...doc.body.querySelectorAll('*')]
    .filter((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight)
    .map((el) => [el, el.scrollLeft, el.scrollTop] as const);

  for (const host of hosts) {
    const who = host.dataset.person ?? '?';
    const chip = host.shadowRoot?.querySelector<HTMLElement>('.chip');
    const found = host.parentElement?.closest(ROWS);
    // A table's chip on a line of its own lies in a row of the overlay's right after its person's row.
    const line = found?.matches(LINE) ? found : null;
    const row = line ? line.previousElementSibling : found;
    if (!chip || !row) {
      problems.push(`${who}: no chip, or a chip outside any row`);
      continue;
    }
    const email = who.split(':').slice(1).join(':');
    if (line && !row.textContent?.toLowerCase().includes(email))
      problems.push(`${who}: the chip's line follows another person's row`);
    const r = chip.getBoundingClientRect();
    if (!inside(r, line ? union(row, line) : rowRect(row))) problems.push(`${who}: the chip runs out of its row`);
    if (r.left < -1 || r.right > width + 1) problems.push(`${who}: the chip runs out of the window (${width} px)`);
    // Text spilling out of its chip, at every width (a chip narrower than its longest word).
    if (chip.scrollWidth > chip.clientWidth + 1) problems.push(`${who}: the chip's text spills out of it`);
    if (!clip) continue;
    for (let a = host.parentElement; a && a !== doc.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && !inside(r, a.getBoundingClientRect())) problems.push(`${who}: the chip is clipped by its container`);
    }
  }

  // The same page without the chips (hidden in place: no re-render, no layout of ours left).
  const cut = (el: Element) => (el.clientWidth > 0 ? el.scrollWidth - el.clientWidth : 0);
  // Every element showing text of its own, whatever else it holds (an e-mail's cell holds the chip).
  const texts = [...doc.body.querySelectorAll('*')].filter(
    (el) =>
      !el.closest(`${OWN}, script, style`) &&
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? '')),
  );
  const scroller = doc.scrollingElement ?? doc.documentElement;
  // Inner scrollers too (a table in a scrolling box): a chip widening one adds a sideways scroll there.
  const inner = [...doc.body.querySelectorAll('*')].filter(
    (el) => !el.closest(OWN) && /auto|scroll/.test(getComputedStyle(el).overflowX),
  );
  const widths = () => inner.map((el) => el.scrollWidth);
  // Each text of the page (a name, an e-mail) as wide as a person sees it: its lines' boxes, each cut
  // to the ancestors that clip it. Range.getClientRects() measures what no element's own box does:
  // an inline element's text (its clientWidth is 0), or text beside a chip in a larger element.
  const words = [...textsIn(doc.body)];
  const clipping = new Map<Element, boolean>();
  const clips = (el: Element) => {
    // A box scrolling its content shows the rest when scrolled (its scroll growing is a problem of its own).
    if (!clipping.has(el)) clipping.set(el, /hidden|clip/.test(getComputedStyle(el).overflow));
    return clipping.get(el)!;
  };
  const range = doc.createRange();
  const seen = (node: Text) => {
    let [left, right, top, bottom] = [-Infinity, Infinity, -Infinity, Infinity];
    for (let a = node.parentElement; a && a !== doc.documentElement; a = a.parentElement) {
      if (!clips(a)) continue;
      const b = a.getBoundingClientRect();
      [left, right, top, bottom] = [
        Math.max(left, b.left),
        Math.min(right, b.right),
        Math.max(top, b.top),
        Math.min(bottom, b.bottom),
      ];
    }
    range.selectNodeContents(node);
    // Per line, the span its boxes cover (a text cut with an ellipsis has a box for its whole text and one
    // for the part shown).
    const lines = new Map<number, [number, number]>();
    for (const r of range.getClientRects()) {
      const [l, rr] = [Math.max(r.left, left), Math.min(r.right, right)];
      if (Math.min(r.bottom, bottom) <= Math.max(r.top, top) || rr <= l) continue;
      const was = lines.get(Math.round(r.top)) ?? [l, rr];
      lines.set(Math.round(r.top), [Math.min(was[0], l), Math.max(was[1], rr)]);
    }
    return [...lines.values()].reduce((sum, [l, r]) => sum + r - l, 0);
  };
  const withChips = { scroll: scroller.scrollWidth, cut: texts.map(cut), inner: widths(), seen: words.map(seen) };
  const own = [...doc.querySelectorAll<HTMLElement>(`${OWN}, ${LINE}`)];
  const display = own.map((el) => el.style.display);
  own.forEach((el) => (el.style.display = 'none'));
  const without = { scroll: scroller.scrollWidth, cut: texts.map(cut), inner: widths(), seen: words.map(seen) };
  own.forEach((el, i) => (el.style.display = display[i]!));
  if (withChips.scroll > without.scroll + 1)
    problems.push(`the page scrolls sideways: ${without.scroll} px wide without chips, ${withChips.scroll} px with`);
  inner.forEach((el, i) => {
    const [was, now] = [without.inner[i]!, withChips.inner[i]!];
    const name = `${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    if (now > Math.max(was, el.clientWidth) + 1)
      problems.push(
        `an inner scroller (${name}) scrolls further sideways: ${was} px wide without chips, ${now} px with`,
      );
  });
  texts.forEach((el, i) => {
    if (withChips.cut[i]! > without.cut[i]! + 1)
      problems.push(`"${el.textContent?.trim()}" is cut ${withChips.cut[i]! - without.cut[i]!} px shorter with chips`);
  });
  words.forEach((node, i) => {
    const less = Math.round(without.seen[i]! - withChips.seen[i]!);
    if (less > 1) problems.push(`"${node.textContent?.trim()}" is cut ${less} px shorter with chips`);
  });

  // Each of the page's own controls still gets the click at its centre, and so does each chip (the
  // document answers a point in a shadow root with its host).
  const hitAtCentre = (el: Element, shown = el) => {
    shown.scrollIntoView({ block: 'center', inline: 'center' });
    const b = shown.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) return el; // not shown (a closed dialog, a hidden label)
    const hit = doc.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return hit && (hit === el || (el.contains(hit) && !hit.closest(OWN))) ? el : hit;
  };
  // A control holding a chip (a row that is itself a <summary> or a link): its text takes the clicks
  // a chip must leave it, so the centre of each of its text's lines must be the control's.
  const textLines = (control: Element) => {
    const range = doc.createRange();
    const walker = doc.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    const lines: DOMRect[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.textContent ?? '')) continue;
      range.selectNodeContents(n);
      lines.push(...range.getClientRects());
    }
    return lines;
  };
  const hitOnText = (control: Element) => {
    control.scrollIntoView({ block: 'center', inline: 'center' });
    for (const r of textLines(control)) {
      const hit = doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && !(hit === control || (control.contains(hit) && !hit.closest(OWN)))) return hit;
    }
    return control;
  };
  const controls = [...doc.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => !c.closest(OWN));
  for (const control of controls.slice(0, maxControls)) {
    const hit = control.querySelector(OWN) ? hitOnText(control) : hitAtCentre(control);
    if (hit !== control)
      problems.push(
        `"${control.textContent?.trim() || control.getAttribute('aria-label')}" is covered by ${hit?.localName}`,
      );
  }
  for (const host of hosts.slice(0, maxControls)) {
    const chip = host.shadowRoot?.querySelector('.chip');
    const hit = chip && hitAtCentre(host, chip);
    if (chip && hit !== host) problems.push(`${host.dataset.person ?? '?'}: the chip lies under ${hit?.localName}`);
  }
  for (const [el, left, top] of scrolled) el.scrollTo(left, top);
  return [...new Set(problems)];

  /** The page's own texts, not blank (hoisted: the function runs alone in the page). */
  function* textsIn(root: Element): Generator<Text> {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (/\S/.test(n.textContent ?? '') && !n.parentElement?.closest(`${OWN}, script, style`)) yield n as Text;
  }
}

/**
 * Walks the page from top to bottom, half a screen at a time, then back to the top, and at each
 * step, in the frame the step shows, names each row (`rows`: a selector; with `withEmail`, only
 * those showing an e-mail) on screen without its chip: rows far below the fold get their chips only as they come near, and a chip never drawn
 * must not pass as placed. Returns those rows ([] when none) and how many chips the walk left.
 */
export async function scrollThrough(
  walk: string | { rows: string; withEmail: boolean },
): Promise<{ bare: string[]; chips: number }> {
  const { rows, withEmail } = typeof walk === 'string' ? { rows: walk, withEmail: false } : walk;
  const scroller = document.scrollingElement ?? document.documentElement;
  const bare = new Set<string>();
  const look = () =>
    new Promise<void>((done) =>
      requestAnimationFrame(() => {
        for (const row of document.querySelectorAll(rows)) {
          if (row.matches('tr[data-sar-line]')) continue; // the overlay's own line row, not a person's
          let r = row.getBoundingClientRect();
          // A row of `display: contents` has no box: its first cell shows where it is.
          if (r.height === 0 && row.firstElementChild) r = row.firstElementChild.getBoundingClientRect();
          // `withEmail`: only the rows showing an address are a person's (not a header, an app's item).
          const person = !withEmail || /\S@\S/.test(row.textContent ?? '');
          const shown = person && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
          // A table's chip on a line of its own: in the overlay's row right after the person's.
          const next = row.nextElementSibling;
          const badge =
            row.querySelector('sar-badge') ??
            (next?.matches('tr[data-sar-line]') ? next.querySelector('sar-badge') : null);
          if (shown && !badge?.shadowRoot?.querySelector('.chip')) bare.add(row.textContent?.trim() ?? '?');
        }
        done();
      }),
    );
  for (let y = 0; y <= scroller.scrollHeight; y += Math.max(1, innerHeight / 2)) {
    scrollTo(0, y);
    await look();
  }
  scrollTo(0, 0);
  await look();
  return {
    bare: [...bare].map((text) => `"${text}": on screen without its chip`),
    chips: document.querySelectorAll('sar-badge').length,
  };
}
