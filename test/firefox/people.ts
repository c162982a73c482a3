import type { ElementHandle, Page } from 'puppeteer-core';

// What a person does and reads on a page, for the Firefox tests (puppeteer-core over WebDriver
// BiDi: real clicks and keystrokes), crossing the overlay's open shadow roots. A wait that
// fails says what the page showed.

const WAIT_MS = 15_000;

/** Waits until `selector` (crossing shadow roots) shows `text`, and returns its whole text. */
export async function waitForText(page: Page, selector: string, text: string | RegExp): Promise<string> {
  const pattern = typeof text === 'string' ? { source: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' } : text;
  try {
    const handle = await page.waitForFunction(
      (sel: string, source: string, flags: string) => {
        const deep = (root: ParentNode, parts: string[]): Element[] => {
          const [first, ...rest] = parts;
          const found = [...root.querySelectorAll(first!)];
          return rest.length === 0 ? found : found.flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot, rest) : []));
        };
        const re = new RegExp(source, flags);
        return deep(
          document,
          sel.split('>>>').map((s) => s.trim()),
        )
          .map((el) => (el as HTMLElement).innerText ?? el.textContent ?? '')
          .find((t) => re.test(t));
      },
      { timeout: WAIT_MS },
      selector,
      pattern.source,
      pattern.flags,
    );
    return (await handle.jsonValue()) as string;
  } catch (e) {
    const shown = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '?');
    throw new Error(`"${String(text)}" never shown in ${selector}; the page shows:\n${shown.slice(0, 1500)}`, {
      cause: e,
    });
  }
}

let marks = 0;

/**
 * Clicks the enabled `selector` whose text contains `text`, in the page or any open shadow root:
 * found, marked, then clicked by puppeteer's locator, which waits until it stops moving (a
 * click on a page still laying out lands beside it).
 */
export async function click(page: Page, selector: string, text: string): Promise<void> {
  const mark = String(++marks);
  await page
    .waitForFunction(
      (sel: string, t: string, m: string) => {
        const roots: ParentNode[] = [document];
        for (const root of roots)
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        const found = roots
          .flatMap((root) => [...root.querySelectorAll(sel)])
          .find((el) => el.textContent?.includes(t) && !(el as HTMLButtonElement).disabled);
        found?.setAttribute('data-test-click', m);
        return Boolean(found);
      },
      { timeout: WAIT_MS },
      selector,
      text,
      mark,
    )
    .catch(async (e: unknown) => {
      const shown = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '?');
      throw new Error(`No enabled ${selector} "${text}"; the page shows:\n${shown.slice(0, 1500)}`, { cause: e });
    });
  await page.locator(`pierce/[data-test-click="${mark}"]`).setTimeout(WAIT_MS).click();
}

/** Types into the field labelled `label` (its `<label for>`). */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  const id = await page.waitForFunction(
    (l: string) => [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === l)?.htmlFor,
    { timeout: WAIT_MS },
    label,
  );
  await page.locator(`#${await id.jsonValue()}`).fill(value);
}

/** The overlay's chip in the dashboard row showing `email`, once drawn. */
export async function chipOf(page: Page, email: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (e: string) => {
      const line = (row: Element) =>
        row.nextElementSibling?.matches('tr[data-sar-line]') ? row.nextElementSibling.querySelector('sar-badge') : null;
      return (
        [...document.querySelectorAll('tr, [role="row"], li, summary')]
          .filter((row) => row.textContent?.includes(e))
          // In the row, or on a line of its own in the overlay's row right after it (a table's).
          .map((row) => (row.querySelector('sar-badge') ?? line(row))?.shadowRoot?.querySelector('.chip'))
          .find(Boolean)
      );
    },
    { timeout: WAIT_MS },
    email,
  );
  return handle as ElementHandle<Element>;
}
