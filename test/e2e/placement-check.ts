// What is wrong with the overlay's chips on the page on screen, in words ([] when nothing).
// Runs inside the page (`page.evaluate(placementProblems, …)`), so it is self-contained: the
// end-to-end placement matrix and the benchmark both call it. It reads the page as a person
// sees it: each chip inside its row's box and the window's width, its text whole (`clip`), the
// page's own controls still reachable under their centre, and, compared with the same page with
// the chips hidden, no horizontal scroll gained and no name or e-mail cut shorter.

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
  const CONTROLS =
    'button, a[href], select, input:not([type="hidden"]), textarea, summary, [role="button"], [role="menuitem"]';
  const doc = document;
  const width = doc.documentElement.clientWidth;
  const inside = (a: DOMRect, b: DOMRect) =>
    a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  const hosts = [...doc.querySelectorAll<HTMLElement>('sar-badge')];

  for (const host of hosts) {
    const who = host.dataset.person ?? '?';
    const chip = host.shadowRoot?.querySelector<HTMLElement>('.chip');
    const row = host.parentElement?.closest(ROWS);
    if (!chip || !row) {
      problems.push(`${who}: no chip, or a chip outside any row`);
      continue;
    }
    const r = chip.getBoundingClientRect();
    if (!inside(r, row.getBoundingClientRect())) problems.push(`${who}: the chip runs out of its row`);
    if (r.left < -1 || r.right > width + 1) problems.push(`${who}: the chip runs out of the window (${width} px)`);
    if (!clip) continue;
    if (chip.scrollWidth > chip.clientWidth + 1) problems.push(`${who}: the chip's text is cut`);
    for (let a = host.parentElement; a && a !== doc.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && !inside(r, a.getBoundingClientRect())) problems.push(`${who}: the chip is clipped by its container`);
    }
  }

  // The same page without the chips (hidden in place: no re-render, no layout of ours left).
  const cut = (el: Element) => (el.clientWidth > 0 ? el.scrollWidth - el.clientWidth : 0);
  const texts = [...doc.body.querySelectorAll('*')].filter(
    (el) => !el.closest(OWN) && /\S/.test(el.textContent ?? '') && el.childElementCount === 0,
  );
  const scroller = doc.scrollingElement ?? doc.documentElement;
  const withChips = { scroll: scroller.scrollWidth, cut: texts.map(cut) };
  const own = [...doc.querySelectorAll<HTMLElement>(OWN)];
  const display = own.map((el) => el.style.display);
  own.forEach((el) => (el.style.display = 'none'));
  const without = { scroll: scroller.scrollWidth, cut: texts.map(cut) };
  own.forEach((el, i) => (el.style.display = display[i]!));
  if (withChips.scroll > without.scroll + 1)
    problems.push(`the page scrolls sideways: ${without.scroll} px wide without chips, ${withChips.scroll} px with`);
  texts.forEach((el, i) => {
    if (withChips.cut[i]! > without.cut[i]! + 1)
      problems.push(`"${el.textContent?.trim()}" is cut ${withChips.cut[i]! - without.cut[i]!} px shorter with chips`);
  });

  // Each of the page's own controls still gets the click at its centre.
  const controls = [...doc.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => !c.closest(OWN));
  for (const control of controls.slice(0, maxControls)) {
    control.scrollIntoView({ block: 'center', inline: 'center' });
    const b = control.getBoundingClientRect();
    if (b.width === 0 || b.height === 0) continue; // not shown (a closed dialog, a hidden label)
    const hit = doc.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    if (!hit || !(hit === control || control.contains(hit)))
      problems.push(
        `"${control.textContent?.trim() || control.getAttribute('aria-label')}" is covered by ${hit?.localName}`,
      );
  }
  window.scrollTo(0, 0);
  return problems;
}
