// English strings of the overlay about what the dashboard page on screen lists (issue #15), in
// plural forms (lib/i18n/plural.ts: `<base>.one` / `<base>.other`, the count as `{count}`).
export const overlayPageEn = {
  'overlay.people.apps.one': '{count} app, {full} with full access',
  'overlay.people.apps.other': '{count} apps, {full} with full access',
  'overlay.people.appsNotShown.one': '{count} app ({hidden} not on this page), {full} with full access',
  'overlay.people.appsNotShown.other': '{count} apps ({hidden} not on this page), {full} with full access',
  'overlay.people.appsUnread.one': '{count} app, maybe not on this page, {full} with full access',
  'overlay.people.appsUnread.other': '{count} apps, some may not be on this page, {full} with full access',
  'overlay.people.offPage.one': '+{count} finding on apps not on this page',
  'overlay.people.offPage.other': '+{count} findings on apps not on this page',
  'overlay.people.capped.one': 'counted for the first person this page lists',
  'overlay.people.capped.other': 'counted for the first {count} people this page lists',
  'overlay.people.unread.one': 'may include apps this page does not show, for {count} person',
  'overlay.people.unread.other': 'may include apps this page does not show, for {count} people',
} as const;
