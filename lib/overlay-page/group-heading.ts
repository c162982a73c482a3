import { GROUP_HEADINGS, LIST_CONTAINERS } from './selectors';

// The app a row is grouped under on the account-wide page grouped by app (fixture
// collaborators.html: one <section> per app, its name in an <h3>). The search stays within the
// row's own group: it ends at the group's section (a section without a heading of its own names
// no app) and at an earlier list (its heading belongs to the rows of that list). Otherwise the
// previous group's heading or the page's title would become an app's name, and its people
// would be read as that app's (a hostile or new page shape).

/** Where a group ends: its heading, when it has one, is inside. */
const GROUP_BOUNDS = 'section, article, details, fieldset, [role="region"], [role="group"]';

/** The heading of the group a row is under (the app's name on the account-wide page grouped by app), or null. */
export function groupHeadingOf(row: Element): string | null {
  const list = row.parentElement?.closest(LIST_CONTAINERS) ?? null;
  for (let el: Element | null = row; el && el !== el.ownerDocument.body; el = el.parentElement) {
    // The group's own section was searched: what is beside it belongs to other groups.
    if (el !== row && el.matches(GROUP_BOUNDS)) return null;
    // Inside the row's own list, the siblings are rows of the same group; from the list up, a
    // sibling holding a list is an earlier group.
    const ownList = list !== null && el !== list && list.contains(el);
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const heading = sib.matches(GROUP_HEADINGS) ? sib : sib.querySelector(GROUP_HEADINGS);
      if (heading) return heading.textContent?.trim() ?? null;
      if (!ownList && (sib.matches(LIST_CONTAINERS) || sib.querySelector(LIST_CONTAINERS))) return null;
    }
  }
  return null;
}

/**
 * The app a row is grouped under on the account-wide page: its group's heading, when that names
 * an app exactly. A heading naming none (an app the scan does not know) is no licence to take an
 * earlier group's app.
 */
export function groupAppOf(row: Element, appNames: ReadonlySet<string>): string | null {
  const name = groupHeadingOf(row);
  return name !== null && appNames.has(name) ? name : null;
}
